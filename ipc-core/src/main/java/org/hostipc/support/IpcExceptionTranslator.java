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

package org.hostipc.support;

import org.hostipc.IpcException;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.RemoteHandlerException;

import org.springframework.integration.MessageTimeoutException;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.MessagingException;

/**
 * Translates transport exceptions into Spring messaging exceptions that keep the failed
 * message: timeouts into {@link MessageTimeoutException}, a remote handler failure into
 * {@link MessageHandlingException}, everything else (too large, no peer, I/O) into
 * {@link MessageDeliveryException}.
 *
 * @author hostipc
 */
public final class IpcExceptionTranslator {

	private IpcExceptionTranslator() {
	}

	/**
	 * Translate an exception raised while sending a message on a channel.
	 * @param message the message being sent
	 * @param channelName the channel name
	 * @param ex the transport exception
	 * @return the messaging exception to throw
	 */
	public static MessagingException translate(Message<?> message, String channelName, IpcException ex) {
		String description = "Failed to send to IPC channel '" + channelName + "': " + ex.getMessage();
		if (ex instanceof IpcTimeoutException) {
			return new MessageTimeoutException(message, description, ex);
		}
		if (ex instanceof RemoteHandlerException) {
			return new MessageHandlingException(message,
					"The handler of IPC channel '" + channelName + "' failed: " + ex.getMessage(), ex);
		}
		return new MessageDeliveryException(message, description, ex);
	}

}
