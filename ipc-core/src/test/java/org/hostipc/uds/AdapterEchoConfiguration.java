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

package org.hostipc.uds;

import java.nio.file.Path;

import org.hostipc.dsl.Uds;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.annotation.MessagingGateway;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Spring Integration contexts for the adapter round trip: a responder whose
 * {@code @ServiceActivator} echoes the payload behind an inbound gateway, and a requester
 * whose {@code @MessagingGateway} sends through an outbound gateway.
 *
 * @author hostipc
 */
final class AdapterEchoConfiguration {

	static Path path;

	private AdapterEchoConfiguration() {
	}

	static AnnotationConfigApplicationContext responder(Path socket) {
		path = socket;
		return new AnnotationConfigApplicationContext(Responder.class);
	}

	static AnnotationConfigApplicationContext requester(Path socket) {
		path = socket;
		return new AnnotationConfigApplicationContext(Requester.class);
	}

	@Configuration
	@EnableIntegration
	static class Responder {

		@Bean
		IntegrationFlow echoIn() {
			return IntegrationFlow.from(Uds.inboundGateway(path)).channel("echo").get();
		}

		@Bean
		EchoService echoService() {
			return new EchoService();
		}

	}

	static class EchoService {

		@ServiceActivator(inputChannel = "echo")
		byte[] echo(byte[] payload) {
			return payload;
		}

	}

	@Configuration
	@EnableIntegration
	static class Requester {

		@Bean
		IntegrationFlow echoOut() {
			return IntegrationFlow.from(EchoClient.class).handle(Uds.outboundGateway(path)).get();
		}

	}

	/**
	 * The requester's gateway.
	 */
	@MessagingGateway
	interface EchoClient {

		byte[] echo(byte[] payload);

	}

}
