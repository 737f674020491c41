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

package org.hostipc.uds.dsl;

import java.nio.file.Path;

import org.hostipc.dsl.IpcOutboundGatewaySpec;
import org.hostipc.dsl.IpcOutboundChannelAdapterSpec;
import org.hostipc.dsl.IpcInboundGatewaySpec;
import org.hostipc.dsl.IpcInboundChannelAdapterSpec;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.uds.UdsEndpoints;
import org.hostipc.uds.UdsOptions;

/**
 * Factory of Unix domain socket adapters for the Java DSL. <pre class="code">
 * &#64;Bean
 * IntegrationFlow orders() {
 *     return IntegrationFlow.from(Uds.inboundChannelAdapter(Path.of("/run/app/orders.sock")))
 *         .handle(this::process)
 *         .get();
 * }
 * </pre> Roles: the inbound side of point-to-point and request-reply listens on the
 * socket; the publisher of publish-subscribe listens and fans out to every subscriber.
 *
 * @author hostipc
 */
public final class Uds {

	private Uds() {
	}

	/**
	 * Start building endpoint options for a socket path.
	 * @param path the socket file
	 * @return a builder to pass, built, to the factory methods
	 */
	public static UdsOptions.Builder options(Path path) {
		return UdsOptions.builder(path);
	}

	/**
	 * A point-to-point receiver listening on the socket.
	 * @param path the socket file
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec inboundChannelAdapter(Path path) {
		return inboundChannelAdapter(UdsOptions.builder(path).build());
	}

	/**
	 * A point-to-point receiver listening on the socket.
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec inboundChannelAdapter(UdsOptions options) {
		return new IpcInboundChannelAdapterSpec(
				UdsEndpoints.inbound(name(options), MessagingPattern.POINT_TO_POINT, options));
	}

	/**
	 * A request-reply responder listening on the socket.
	 * @param path the socket file
	 * @return the spec
	 */
	public static IpcInboundGatewaySpec inboundGateway(Path path) {
		return inboundGateway(UdsOptions.builder(path).build());
	}

	/**
	 * A request-reply responder listening on the socket.
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcInboundGatewaySpec inboundGateway(UdsOptions options) {
		return new IpcInboundGatewaySpec(UdsEndpoints.inbound(name(options), MessagingPattern.REQUEST_REPLY, options));
	}

	/**
	 * A publish-subscribe subscriber connecting to the publisher's socket.
	 * @param path the socket file
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec subscriber(Path path) {
		return subscriber(UdsOptions.builder(path).build());
	}

	/**
	 * A publish-subscribe subscriber connecting to the publisher's socket.
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcInboundChannelAdapterSpec subscriber(UdsOptions options) {
		return new IpcInboundChannelAdapterSpec(
				UdsEndpoints.inbound(name(options), MessagingPattern.PUBLISH_SUBSCRIBE, options));
	}

	/**
	 * A point-to-point sender connecting to the receiver's socket.
	 * @param path the socket file
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec outboundChannelAdapter(Path path) {
		return outboundChannelAdapter(UdsOptions.builder(path).build());
	}

	/**
	 * A point-to-point sender connecting to the receiver's socket.
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec outboundChannelAdapter(UdsOptions options) {
		return new IpcOutboundChannelAdapterSpec(
				UdsEndpoints.outbound(name(options), MessagingPattern.POINT_TO_POINT, options));
	}

	/**
	 * A request-reply requester connecting to the responder's socket.
	 * @param path the socket file
	 * @return the spec
	 */
	public static IpcOutboundGatewaySpec outboundGateway(Path path) {
		return outboundGateway(UdsOptions.builder(path).build());
	}

	/**
	 * A request-reply requester connecting to the responder's socket.
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcOutboundGatewaySpec outboundGateway(UdsOptions options) {
		return new IpcOutboundGatewaySpec(
				UdsEndpoints.outbound(name(options), MessagingPattern.REQUEST_REPLY, options));
	}

	/**
	 * A publish-subscribe publisher listening on the socket and sending every message to
	 * every connected subscriber.
	 * @param path the socket file
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec publisher(Path path) {
		return publisher(UdsOptions.builder(path).build());
	}

	/**
	 * A publish-subscribe publisher listening on the socket and sending every message to
	 * every connected subscriber.
	 * @param options the endpoint options
	 * @return the spec
	 */
	public static IpcOutboundChannelAdapterSpec publisher(UdsOptions options) {
		return new IpcOutboundChannelAdapterSpec(
				UdsEndpoints.outbound(name(options), MessagingPattern.PUBLISH_SUBSCRIBE, options));
	}

	private static String name(UdsOptions options) {
		String fileName = options.path().getFileName().toString();
		int dot = fileName.lastIndexOf('.');
		return (dot > 0) ? fileName.substring(0, dot) : fileName;
	}

}
