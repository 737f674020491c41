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

package org.hostipc.shm.dsl;

import org.hostipc.dsl.IpcOutboundGatewaySpec;
import org.hostipc.dsl.IpcOutboundChannelAdapterSpec;
import org.hostipc.dsl.IpcInboundGatewaySpec;
import org.hostipc.dsl.IpcInboundChannelAdapterSpec;
import org.hostipc.shm.ShmEndpoints;
import org.hostipc.shm.ShmOptions;
import org.hostipc.transport.MessagingPattern;

/**
 * Factory of shared-memory adapters for the Java DSL. <pre class="code">
 * &#64;Bean
 * IntegrationFlow orders() {
 *     return IntegrationFlow.from(Shm.inboundChannelAdapter("orders"))
 *         .handle(this::process)
 *         .get();
 * }
 * </pre> The channel name names the ring files in the options' directory (by default
 * {@code /dev/shm/hostipc-<user>}); both sides of a channel must use the same name,
 * directory and capacity. The JVM needs
 * {@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED} (Agrona).
 *
 * @author hostipc
 */
public final class Shm {

	private Shm() {
	}

	/**
	 * Start building endpoint options.
	 * @return a builder to pass, built, to the factory methods
	 */
	public static ShmOptions.Builder options() {
		return ShmOptions.builder();
	}

	/**
	 * A point-to-point receiver: the consumer of the channel ring. Default options.
	 * @param channelName the channel name
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec inboundChannelAdapter(String channelName) {
		return inboundChannelAdapter(channelName, ShmOptions.builder().build());
	}

	/**
	 * A point-to-point receiver: the consumer of the channel ring.
	 * @param channelName the channel name
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec inboundChannelAdapter(String channelName, ShmOptions options) {
		return new IpcInboundChannelAdapterSpec(
				ShmEndpoints.inbound(channelName, MessagingPattern.POINT_TO_POINT, options));
	}

	/**
	 * A request-reply responder: the consumer of the channel's request ring. Default
	 * options.
	 * @param channelName the channel name
	 * @return the spec
	 */
	public static IpcInboundGatewaySpec inboundGateway(String channelName) {
		return inboundGateway(channelName, ShmOptions.builder().build());
	}

	/**
	 * A request-reply responder: the consumer of the channel's request ring.
	 * @param channelName the channel name
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcInboundGatewaySpec inboundGateway(String channelName, ShmOptions options) {
		return new IpcInboundGatewaySpec(ShmEndpoints.inbound(channelName, MessagingPattern.REQUEST_REPLY, options));
	}

	/**
	 * A publish-subscribe subscriber with its own ring in the channel registry. Default
	 * options.
	 * @param channelName the channel name
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec subscriber(String channelName) {
		return subscriber(channelName, ShmOptions.builder().build());
	}

	/**
	 * A publish-subscribe subscriber with its own ring in the channel registry.
	 * @param channelName the channel name
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec subscriber(String channelName, ShmOptions options) {
		return new IpcInboundChannelAdapterSpec(
				ShmEndpoints.inbound(channelName, MessagingPattern.PUBLISH_SUBSCRIBE, options));
	}

	/**
	 * A point-to-point sender: a producer into the channel ring. Default options.
	 * @param channelName the channel name
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec outboundChannelAdapter(String channelName) {
		return outboundChannelAdapter(channelName, ShmOptions.builder().build());
	}

	/**
	 * A point-to-point sender: a producer into the channel ring.
	 * @param channelName the channel name
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec outboundChannelAdapter(String channelName, ShmOptions options) {
		return new IpcOutboundChannelAdapterSpec(
				ShmEndpoints.outbound(channelName, MessagingPattern.POINT_TO_POINT, options));
	}

	/**
	 * A request-reply requester with its own reply ring. Default options.
	 * @param channelName the channel name
	 * @return the spec
	 */
	public static IpcOutboundGatewaySpec outboundGateway(String channelName) {
		return outboundGateway(channelName, ShmOptions.builder().build());
	}

	/**
	 * A request-reply requester with its own reply ring.
	 * @param channelName the channel name
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcOutboundGatewaySpec outboundGateway(String channelName, ShmOptions options) {
		return new IpcOutboundGatewaySpec(ShmEndpoints.outbound(channelName, MessagingPattern.REQUEST_REPLY, options));
	}

	/**
	 * A publish-subscribe publisher writing every message into each subscriber's ring.
	 * Default options.
	 * @param channelName the channel name
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec publisher(String channelName) {
		return publisher(channelName, ShmOptions.builder().build());
	}

	/**
	 * A publish-subscribe publisher writing every message into each subscriber's ring.
	 * @param channelName the channel name
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec publisher(String channelName, ShmOptions options) {
		return new IpcOutboundChannelAdapterSpec(
				ShmEndpoints.outbound(channelName, MessagingPattern.PUBLISH_SUBSCRIBE, options));
	}

}
