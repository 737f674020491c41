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

package org.hostipc.chronicle.dsl;

import org.hostipc.dsl.IpcOutboundChannelAdapterSpec;
import org.hostipc.dsl.IpcInboundChannelAdapterSpec;
import org.hostipc.chronicle.ChronicleEndpoints;
import org.hostipc.chronicle.ChronicleOptions;
import org.hostipc.transport.MessagingPattern;

/**
 * Factory of persistent queue (Chronicle Queue) adapters for the Java DSL.
 * <pre class="code">
 * &#64;Bean
 * IntegrationFlow audit() {
 *     return IntegrationFlow.from(Chronicle.subscriber("audit",
 *             Chronicle.options().directory(Path.of("/var/lib/app/queues")).subscriberName("archiver").build()))
 *         .handle(this::archive)
 *         .get();
 * }
 * </pre> Messages are durable and delivered at least once: a subscriber's position
 * advances only after its handler returns. Consumed cycle files are deleted once older
 * than the retention given with
 * {@link ChronicleOptions.Builder#retention(java.time.Duration)}; without one every file
 * is kept. Request-reply is not offered by this transport.
 *
 * @author hostipc
 */
public final class Chronicle {

	private Chronicle() {
	}

	/**
	 * Start building endpoint options; a queue directory is required.
	 * @return a builder to pass, built, to the factory methods
	 */
	public static ChronicleOptions.Builder options() {
		return ChronicleOptions.builder();
	}

	/**
	 * The single subscriber of a point-to-point channel.
	 * @param channelName the channel name, which names the queue
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec inboundChannelAdapter(String channelName, ChronicleOptions options) {
		return new IpcInboundChannelAdapterSpec(
				ChronicleEndpoints.inbound(channelName, MessagingPattern.POINT_TO_POINT, options));
	}

	/**
	 * A named subscriber of a publish-subscribe channel, with its own saved position.
	 * @param channelName the channel name, which names the queue
	 * @param options the endpoint options, naming the subscriber
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec subscriber(String channelName, ChronicleOptions options) {
		return new IpcInboundChannelAdapterSpec(
				ChronicleEndpoints.inbound(channelName, MessagingPattern.PUBLISH_SUBSCRIBE, options));
	}

	/**
	 * An appender of a point-to-point channel.
	 * @param channelName the channel name, which names the queue
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec outboundChannelAdapter(String channelName, ChronicleOptions options) {
		return new IpcOutboundChannelAdapterSpec(
				ChronicleEndpoints.outbound(channelName, MessagingPattern.POINT_TO_POINT, options));
	}

	/**
	 * An appender of a publish-subscribe channel.
	 * @param channelName the channel name, which names the queue
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec publisher(String channelName, ChronicleOptions options) {
		return new IpcOutboundChannelAdapterSpec(
				ChronicleEndpoints.outbound(channelName, MessagingPattern.PUBLISH_SUBSCRIBE, options));
	}

}
