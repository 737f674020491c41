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

package org.hostipc.inbound;

import org.hostipc.support.IpcMessageMapper;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.FrameView;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.converter.MessageConversionException;

/**
 * What the inbound adapters share: converting frames, in place, to messages; a frame that
 * cannot be converted is counted as a {@code decode} error; a request is answered with
 * the error.
 *
 * @author hostipc
 */
final class InboundMapping {

	private InboundMapping() {
	}

	/**
	 * Convert a frame received in place.
	 * @param mapper the mapper
	 * @param frame the frame, valid during the call
	 * @param endpoint the endpoint whose counters record failures
	 * @return the message, or {@code null} when a one-way frame cannot be converted
	 * @throws MessageConversionException when a request cannot be converted, so that the
	 * transport sends an error reply
	 */
	static Message<?> toMessage(IpcMessageMapper mapper, FrameView frame, IpcEndpoint endpoint) {
		return toMessage(mapper, frame, endpoint, null);
	}

	/**
	 * Convert a frame received in place, like
	 * {@link #toMessage(IpcMessageMapper, FrameView, IpcEndpoint)}, as a request whose
	 * reply goes to a channel.
	 * @param mapper the mapper
	 * @param frame the frame, valid during the call
	 * @param endpoint the endpoint whose counters record failures
	 * @param replyChannel the channel for the reply and for errors, or {@code null}
	 * @return the message, or {@code null} when a one-way frame cannot be converted
	 * @throws MessageConversionException when a request cannot be converted
	 */
	static Message<?> toMessage(IpcMessageMapper mapper, FrameView frame, IpcEndpoint endpoint,
			MessageChannel replyChannel) {
		try {
			return mapper.toRequestMessage(frame, endpoint.name(), endpoint.transport(), replyChannel);
		}
		catch (RuntimeException ex) {
			return failed(ex, frame.hasFlag(FrameFlags.REQUEST), endpoint);
		}
	}

	private static Message<?> failed(RuntimeException ex, boolean request, IpcEndpoint endpoint) {
		endpoint.counters().error(ErrorReason.DECODE);
		if (request) {
			throw new MessageConversionException(
					"Cannot convert the request on channel '" + endpoint.name() + "': " + ex.getMessage(), ex);
		}
		return null;
	}

}
