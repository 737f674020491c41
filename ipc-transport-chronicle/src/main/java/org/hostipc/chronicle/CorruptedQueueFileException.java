/*
 * Copyright 2026 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package org.hostipc.chronicle;

import java.nio.file.Path;

import org.hostipc.ActionableFailure;
import org.hostipc.IpcException;

/**
 * Thrown at the start of a Chronicle endpoint when a file of its queue, or a saved
 * subscriber position, is truncated or corrupt. The message names the file and what to
 * do; the endpoint does not start, so Chronicle never maps the damaged file.
 *
 * @author hostipc
 */
public class CorruptedQueueFileException extends IpcException implements ActionableFailure {

	private final Path file;

	private final String description;

	private final String action;

	/**
	 * Create a new instance.
	 * @param file the damaged file
	 * @param description what is wrong, naming the file
	 * @param action what to do about it
	 */
	public CorruptedQueueFileException(Path file, String description, String action) {
		super(description + ": " + action);
		this.file = file;
		this.description = description;
		this.action = action;
	}

	/**
	 * Return the damaged file.
	 * @return the file
	 */
	public Path getFile() {
		return this.file;
	}

	/**
	 * Return what is wrong, naming the file.
	 * @return the description
	 */
	@Override
	public String getDescription() {
		return this.description;
	}

	/**
	 * Return what to do about the damaged file.
	 * @return the action
	 */
	@Override
	public String getAction() {
		return this.action;
	}

}
