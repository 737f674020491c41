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

package org.hostipc.transport;

/**
 * One channel as a transport sees it: the common settings and the transport's own.
 *
 * @param <S> the type of the transport's settings
 * @param channel the common settings
 * @param settings the transport's own settings (a new instance of
 * {@link IpcTransport#settingsType()} holds no value: the transport's option builder
 * holds the defaults)
 * @author hostipc
 */
public record ChannelDefinition<S>(ChannelSettings channel, S settings) {

	/**
	 * Return the channel name.
	 * @return the name
	 */
	public String name() {
		return this.channel.name();
	}

}
