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

package org.hostipc.local.dsl;

import org.hostipc.dsl.IpcInboundChannelAdapterSpec;
import org.hostipc.dsl.IpcInboundGatewaySpec;
import org.hostipc.dsl.IpcOutboundChannelAdapterSpec;
import org.hostipc.dsl.IpcOutboundGatewaySpec;
import org.hostipc.local.LocalEndpoints;
import org.hostipc.local.LocalOptions;
import org.hostipc.transport.MessagingPattern;

/**
 * Factory of in-JVM adapters for the Java DSL. <pre class="code">
 * &#64;Bean
 * IntegrationFlow orders() {
 *     return IntegrationFlow.from(Local.inboundChannelAdapter("orders"))
 *         .handle(this::process)
 *         .get();
 * }
 * </pre> Both ends of a channel live in one JVM and find each other by the channel name
 * (or the options' address).
 *
 * @author hostipc
 */
public final class Local {

	private Local() {
	}

	/**
	 * Start building endpoint options.
	 * @param address the name both ends use
	 * @return a builder to pass, built, to the factory methods
	 */
	public static LocalOptions.Builder options(String address) {
		return LocalOptions.builder(address);
	}

	/**
	 * A point-to-point receiver.
	 * @param channelName the channel name, also the address
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec inboundChannelAdapter(String channelName) {
		return inboundChannelAdapter(channelName, LocalOptions.builder(channelName).build());
	}

	/**
	 * A point-to-point receiver.
	 * @param channelName the channel name
	 * @param options the options
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec inboundChannelAdapter(String channelName, LocalOptions options) {
		return new IpcInboundChannelAdapterSpec(
				LocalEndpoints.inbound(channelName, MessagingPattern.POINT_TO_POINT, options));
	}

	/**
	 * A request-reply responder.
	 * @param channelName the channel name, also the address
	 * @return the spec
	 */
	public static IpcInboundGatewaySpec inboundGateway(String channelName) {
		return inboundGateway(channelName, LocalOptions.builder(channelName).build());
	}

	/**
	 * A request-reply responder.
	 * @param channelName the channel name
	 * @param options the options
	 * @return the spec
	 */
	public static IpcInboundGatewaySpec inboundGateway(String channelName, LocalOptions options) {
		return new IpcInboundGatewaySpec(LocalEndpoints.inbound(channelName, MessagingPattern.REQUEST_REPLY, options));
	}

	/**
	 * A publish-subscribe subscriber.
	 * @param channelName the channel name, also the address
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec subscriber(String channelName) {
		return subscriber(channelName, LocalOptions.builder(channelName).build());
	}

	/**
	 * A publish-subscribe subscriber.
	 * @param channelName the channel name
	 * @param options the options
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec subscriber(String channelName, LocalOptions options) {
		return new IpcInboundChannelAdapterSpec(
				LocalEndpoints.inbound(channelName, MessagingPattern.PUBLISH_SUBSCRIBE, options));
	}

	/**
	 * A point-to-point sender.
	 * @param channelName the channel name, also the address
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec outboundChannelAdapter(String channelName) {
		return outboundChannelAdapter(channelName, LocalOptions.builder(channelName).build());
	}

	/**
	 * A point-to-point sender.
	 * @param channelName the channel name
	 * @param options the options
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec outboundChannelAdapter(String channelName, LocalOptions options) {
		return new IpcOutboundChannelAdapterSpec(
				LocalEndpoints.outbound(channelName, MessagingPattern.POINT_TO_POINT, options));
	}

	/**
	 * A request-reply requester.
	 * @param channelName the channel name, also the address
	 * @return the spec
	 */
	public static IpcOutboundGatewaySpec outboundGateway(String channelName) {
		return outboundGateway(channelName, LocalOptions.builder(channelName).build());
	}

	/**
	 * A request-reply requester.
	 * @param channelName the channel name
	 * @param options the options
	 * @return the spec
	 */
	public static IpcOutboundGatewaySpec outboundGateway(String channelName, LocalOptions options) {
		return new IpcOutboundGatewaySpec(
				LocalEndpoints.outbound(channelName, MessagingPattern.REQUEST_REPLY, options));
	}

	/**
	 * A publish-subscribe publisher.
	 * @param channelName the channel name, also the address
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec publisher(String channelName) {
		return publisher(channelName, LocalOptions.builder(channelName).build());
	}

	/**
	 * A publish-subscribe publisher.
	 * @param channelName the channel name
	 * @param options the options
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec publisher(String channelName, LocalOptions options) {
		return new IpcOutboundChannelAdapterSpec(
				LocalEndpoints.outbound(channelName, MessagingPattern.PUBLISH_SUBSCRIBE, options));
	}

}
