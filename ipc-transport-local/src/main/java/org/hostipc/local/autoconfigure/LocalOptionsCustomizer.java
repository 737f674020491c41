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

package org.hostipc.local.autoconfigure;

import org.hostipc.local.LocalOptions;

/**
 * Callback to customize the {@link LocalOptions} of an auto-configured in-JVM channel
 * after the configured settings have been applied.
 *
 * @author hostipc
 */
@FunctionalInterface
public interface LocalOptionsCustomizer {

	/**
	 * Customize the options of a channel.
	 * @param channelName the channel name
	 * @param options the options builder, with the configured settings applied
	 */
	void customize(String channelName, LocalOptions.Builder options);

}
