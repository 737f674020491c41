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
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.Replier;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.FrameView;

import org.springframework.integration.MessageTimeoutException;
import org.springframework.integration.gateway.MessagingGatewaySupport;
import org.springframework.integration.support.management.metrics.MetricsCaptor;
import org.springframework.integration.support.management.metrics.SampleFacade;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.support.ErrorMessage;
import org.springframework.util.Assert;

/**
 * Answers requests from another process: each request received through an
 * {@link InboundEndpoint} is sent to the request channel, and the reply (the handler's
 * return value) is sent back to the requester. A handler exception, or no reply within
 * the reply timeout, is sent back as an error reply. One-way frames are sent to the
 * request channel without waiting.
 * <p>
 * A request is mapped to a message that already names its reply channel (a
 * {@link ReplyCapture}), sent to the request channel and answered with what arrives
 * there, as {@link MessagingGatewaySupport} does through a messaging template but without
 * the template's two copies of the message (one to set the reply channel, one to restore
 * it on the reply). Timeouts, the error channel, {@code errorOnTimeout}, the {@code send}
 * timer of Spring Integration's metrics and late-reply handling behave as in
 * {@link MessagingGatewaySupport}. When the gateway is observed, tracks message history
 * or has a reply channel, or when a request carries the template's timeout headers, the
 * request takes {@link MessagingGatewaySupport}'s own path.
 *
 * @author hostipc
 */
public class IpcInboundGateway extends MessagingGatewaySupport {

	private final InboundEndpoint endpoint;

	private IpcMessageMapper messageMapper = new IpcMessageMapper();

	private boolean errorOnTimeout;

	private boolean shouldTrack;

	private boolean throwOnLateReply;

	private MetricsCaptor metricsCaptor;

	/**
	 * Create a gateway that owns the endpoint's lifecycle.
	 * @param endpoint the endpoint
	 */
	public IpcInboundGateway(InboundEndpoint endpoint) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		this.endpoint = endpoint;
	}

	/**
	 * Set the mapper between frames and messages.
	 * @param messageMapper the mapper
	 */
	public void setMessageMapper(IpcMessageMapper messageMapper) {
		Assert.notNull(messageMapper, "'messageMapper' must not be null");
		this.messageMapper = messageMapper;
	}

	public InboundEndpoint getEndpoint() {
		return this.endpoint;
	}

	@Override
	public void setErrorOnTimeout(boolean errorOnTimeout) {
		super.setErrorOnTimeout(errorOnTimeout);
		this.errorOnTimeout = errorOnTimeout;
	}

	@Override
	public void setShouldTrack(boolean shouldTrack) {
		super.setShouldTrack(shouldTrack);
		this.shouldTrack = shouldTrack;
	}

	@Override
	public void registerMetricsCaptor(MetricsCaptor captor) {
		super.registerMetricsCaptor(captor);
		this.metricsCaptor = captor;
	}

	@Override
	public String getComponentType() {
		return "ipc:" + this.endpoint.transport() + "-inbound-gateway";
	}

	@Override
	protected void onInit() {
		super.onInit();
		this.throwOnLateReply = getIntegrationProperties().isMessagingTemplateThrowExceptionOnLateReply();
		this.endpoint.setHandler(this::onFrame);
	}

	@Override
	protected void doStart() {
		super.doStart();
		this.endpoint.start();
	}

	@Override
	protected void doStop() {
		this.endpoint.stop();
		super.doStop();
	}

	private void onFrame(FrameView frame, Replier replier) {
		boolean expectsReply = frame.hasFlag(FrameFlags.REQUEST);
		ReplyCapture capture = replyCapture(expectsReply);
		handle(InboundMapping.toMessage(this.messageMapper, frame, this.endpoint, capture), expectsReply, capture,
				replier);
	}

	/**
	 * Return the reply channel of a request when the gateway can send it itself, or
	 * {@code null} when it takes {@link MessagingGatewaySupport}'s path.
	 */
	private ReplyCapture replyCapture(boolean expectsReply) {
		if (!expectsReply || isObserved() || this.shouldTrack || getReplyChannel() != null
				|| getRequestChannel() == null) {
			return null;
		}
		return new ReplyCapture(this.throwOnLateReply);
	}

	private void handle(Message<?> request, boolean expectsReply, ReplyCapture capture, Replier replier) {
		if (request == null) {
			return;
		}
		if (!expectsReply) {
			send(request);
			return;
		}
		Message<?> reply = (capture != null && !hasTimeoutHeaders(request)) ? sendAndReceive(request, capture)
				: sendAndReceiveMessage(request);
		if (reply == null) {
			throw new IpcTimeoutException(
					"No reply from the handler of channel '" + this.endpoint.name() + "' within the reply timeout");
		}
		replier.reply(this.messageMapper.toReplyFrame(reply, request));
	}

	/**
	 * Return whether a request carries the headers with which a messaging template takes
	 * its send and receive timeouts from the message.
	 */
	private boolean hasTimeoutHeaders(Message<?> request) {
		MessageHeaders headers = request.getHeaders();
		return headers.containsKey(this.messagingTemplate.getSendTimeoutHeader())
				|| headers.containsKey(this.messagingTemplate.getReceiveTimeoutHeader());
	}

	/**
	 * Send a request that names its reply channel and return the reply, timing it and
	 * handling failures as {@link MessagingGatewaySupport#sendAndReceiveMessage} does.
	 */
	private Message<?> sendAndReceive(Message<?> request, ReplyCapture capture) {
		MetricsCaptor captor = this.metricsCaptor;
		SampleFacade sample = (captor != null) ? captor.start() : null;
		Object reply;
		try {
			reply = exchange(request, capture);
			if (sample != null) {
				sample.stop(sendTimer());
			}
		}
		catch (Throwable ex) {
			if (sample != null && ex instanceof Exception) {
				sample.stop(buildSendTimer(false, ex.getClass().getSimpleName()));
			}
			if (logger.isDebugEnabled()) {
				logger.debug("failure occurred in gateway sendAndReceive: " + ex.getMessage());
			}
			reply = ex;
		}
		if (reply instanceof Throwable error) {
			return handleError(request, error);
		}
		if (reply instanceof ErrorMessage errorMessage) {
			return handleError(request, errorMessage.getPayload());
		}
		return (Message<?>) reply;
	}

	private Message<?> exchange(Message<?> request, ReplyCapture capture) {
		MessageChannel channel = getRequestChannel();
		long sendTimeout = this.messagingTemplate.getSendTimeout();
		boolean sent;
		try {
			sent = (sendTimeout >= 0) ? channel.send(request, sendTimeout) : channel.send(request);
		}
		catch (RuntimeException | Error ex) {
			capture.abandon();
			throw ex;
		}
		if (!sent) {
			capture.abandon();
			throw new MessageDeliveryException(request,
					"Failed to send message to channel '" + channel + "' within timeout: " + sendTimeout);
		}
		Message<?> reply = capture.receive(this.messagingTemplate.getReceiveTimeout());
		if (reply == null && this.errorOnTimeout) {
			throw new MessageTimeoutException(request, "No reply received within timeout");
		}
		return reply;
	}

	/**
	 * Send a failure to the error channel and return that flow's reply, or rethrow it
	 * when there is no error channel.
	 */
	private Message<?> handleError(Message<?> request, Throwable error) {
		MessageChannel errorChannel = getErrorChannel();
		if (errorChannel == null) {
			if (error instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (error instanceof Error fatal) {
				throw fatal;
			}
			throw new MessagingException("gateway received checked Exception", error);
		}
		ErrorMessage errorMessage = buildErrorMessage(request, error);
		Message<?> errorFlowReply;
		try {
			errorFlowReply = this.messagingTemplate.sendAndReceive(errorChannel, errorMessage);
		}
		catch (Exception errorFlowFailure) {
			throw new MessagingException(errorMessage, "failure occurred in error-handling flow", errorFlowFailure);
		}
		if (errorFlowReply != null && errorFlowReply.getPayload() instanceof Throwable failure) {
			throw (failure instanceof RuntimeException runtime) ? runtime
					: new MessagingException("error flow returned an Error Message", failure);
		}
		if (errorFlowReply == null && this.errorOnTimeout) {
			throw new MessageTimeoutException(request, "No reply received from error channel within timeout");
		}
		return errorFlowReply;
	}

}
