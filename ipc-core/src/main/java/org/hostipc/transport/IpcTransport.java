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

import java.util.List;

/**
 * A way to move frames between processes: creates the endpoints of the channels that name
 * its {@link #id()}. A transport module contributes one (with Spring Boot, as a bean of
 * its auto-configuration); channels find it by id, so adding a transport changes no other
 * code.
 * <p>
 * Implementations are thread-safe and stateless between calls.
 *
 * @param <S> the type of the transport's own settings: a JavaBean bound from the
 * transport's section of a channel ({@code ipc.channels.<name>.<id>.*}) over the
 * transport's defaults ({@code ipc.defaults.<id>.*})
 * @author hostipc
 */
public interface IpcTransport<S> {

	/**
	 * Return the id that channels name in {@code transport}, such as {@code shm}.
	 * @return the id, lower case
	 */
	String id();

	/**
	 * Return the type of the transport's own settings. It has a public no-argument
	 * constructor; its properties are the keys of the transport's section.
	 * @return the settings type
	 */
	Class<S> settingsType();

	/**
	 * Check the channels of this transport, each on its own and against each other (two
	 * channels that would use the same file, for example), before any endpoint is
	 * created.
	 * @param channels every channel of this transport in the application
	 * @throws org.hostipc.InvalidIpcConfigurationException naming the first setting at
	 * fault and what to change
	 */
	void validate(List<ChannelDefinition<S>> channels);

	/**
	 * Create the endpoint of an inbound channel that {@link #validate(List)} accepted.
	 * @param channel the channel
	 * @return the endpoint, not started
	 */
	InboundEndpoint createInbound(ChannelDefinition<S> channel);

	/**
	 * Create the endpoint of an outbound channel that {@link #validate(List)} accepted.
	 * @param channel the channel
	 * @return the endpoint, not started
	 */
	OutboundEndpoint createOutbound(ChannelDefinition<S> channel);

}
