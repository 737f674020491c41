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
 * A failure that says what went wrong and what to do about it, so that a Spring Boot
 * application that fails to start because of it shows both instead of a stack trace.
 * Implemented by exceptions; transports add their own (a damaged file, missing JVM
 * options) without a failure analyzer of their own.
 *
 * @author hostipc
 */
public interface ActionableFailure {

	/**
	 * Return what went wrong.
	 * @return the description
	 */
	String getDescription();

	/**
	 * Return what to do about it.
	 * @return the action
	 */
	String getAction();

}
