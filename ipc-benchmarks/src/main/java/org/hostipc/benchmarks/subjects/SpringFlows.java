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

package org.hostipc.benchmarks.subjects;

import org.hostipc.benchmarks.harness.MessageSink;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.MessageHandlerSpec;
import org.springframework.integration.dsl.MessageProducerSpec;
import org.springframework.integration.dsl.MessagingGatewaySpec;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.support.GenericMessage;

/**
 * A plain Spring Integration application context (no Boot) in which the Spring subjects
 * register their flows at run time.
 *
 * @author hostipc
 */
final class SpringFlows implements AutoCloseable {

	private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
			IntegrationConfiguration.class);

	/**
	 * Register a receiving flow: the inbound adapter feeds a handler that reads the
	 * {@code byte[]} payload.
	 * @param inbound the inbound adapter spec
	 * @param sink where the payloads go
	 */
	void receive(MessageProducerSpec<?, ?> inbound, MessageSink sink) {
		MessageHandler handler = (message) -> sink.accept((byte[]) message.getPayload());
		register(IntegrationFlow.from(inbound).handle(handler).get());
	}

	/**
	 * Register a responding flow: the inbound gateway's requests go to a service
	 * activator that returns their payload as the reply.
	 * @param inbound the inbound gateway spec
	 */
	void echo(MessagingGatewaySpec<?, ?> inbound) {
		register(IntegrationFlow.from(inbound).handle((payload, headers) -> payload).get());
	}

	/**
	 * Register a flow whose service activator returns the payload of each request, to be
	 * called in this JVM.
	 * @return the flow's input channel (a direct channel: the caller's thread runs it)
	 */
	MessageChannel localEcho() {
		return registerWithInput((f) -> f.handle((payload, headers) -> payload));
	}

	/**
	 * Register a sending flow ending in an outbound handler.
	 * @param outbound the outbound handler spec
	 * @return the flow's input channel
	 */
	MessageChannel send(MessageHandlerSpec<?, ? extends MessageHandler> outbound) {
		return registerWithInput((f) -> f.handle(outbound));
	}

	private MessageChannel registerWithInput(IntegrationFlow flow) {
		return this.context.getBean(IntegrationFlowContext.class).registration(flow).register().getInputChannel();
	}

	private void register(IntegrationFlow flow) {
		this.context.getBean(IntegrationFlowContext.class).registration(flow).register();
	}

	/**
	 * Send a payload into a flow's input channel.
	 * @param channel the channel
	 * @param payload the payload
	 */
	static void send(MessageChannel channel, byte[] payload) {
		channel.send(new GenericMessage<>(payload));
	}

	/**
	 * Send a payload as a request into a flow's input channel and wait for the reply, as
	 * an application's {@code MessagingTemplate} does.
	 * @param template the template, with a receive timeout of
	 * {@link RoundTripSubject#REPLY_TIMEOUT}
	 * @param channel the channel
	 * @param payload the payload
	 * @return the reply's payload
	 */
	static byte[] request(MessagingTemplate template, MessageChannel channel, byte[] payload) {
		Message<?> reply = template.sendAndReceive(channel, new GenericMessage<>(payload));
		if (reply == null) {
			throw new IllegalStateException("No reply within " + RoundTripSubject.REPLY_TIMEOUT);
		}
		return (byte[]) reply.getPayload();
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableIntegration
	static class IntegrationConfiguration {

	}

}
