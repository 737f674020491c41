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

package org.hostipc;

/**
 * Thrown at startup when a channel's configuration cannot work, naming the property at
 * fault and what to do about it.
 *
 * @author hostipc
 */
public class InvalidIpcConfigurationException extends IpcException implements ActionableFailure {

	private final String property;

	private final String action;

	/**
	 * Create a new instance.
	 * @param property the full name of the property at fault, such as
	 * {@code ipc.channels.orders.pattern}
	 * @param message what is wrong
	 * @param action how to fix it
	 */
	public InvalidIpcConfigurationException(String property, String message, String action) {
		super("Invalid configuration property '" + property + "': " + message);
		this.property = property;
		this.action = action;
	}

	/**
	 * Return the full name of the property at fault.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	@Override
	public String getDescription() {
		return getMessage();
	}

	@Override
	public String getAction() {
		return this.action;
	}

}
