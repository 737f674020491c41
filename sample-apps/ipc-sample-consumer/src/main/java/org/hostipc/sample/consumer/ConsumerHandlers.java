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

package org.hostipc.sample.consumer;

import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.stereotype.Component;

/**
 * Plain Spring Integration handlers of the channels declared in {@code application.yml};
 * nothing here knows which transport carries the messages.
 *
 * @author hostipc
 */
@Component
class ConsumerHandlers {

	private final ReceivedCounts counts;

	ConsumerHandlers(ReceivedCounts counts) {
		this.counts = counts;
	}

	@ServiceActivator(inputChannel = "orders")
	void onOrder(OrderEvent event) {
		this.counts.record("orders");
	}

	@ServiceActivator(inputChannel = "quotes")
	Quote onQuoteRequest(QuoteRequest request) {
		this.counts.record("quotes");
		return quote(request);
	}

	@ServiceActivator(inputChannel = "prices")
	void onPrice(String price) {
		this.counts.record("prices");
	}

	@ServiceActivator(inputChannel = "orders-shm")
	void onShmOrder(OrderEvent event) {
		this.counts.record("orders-shm");
	}

	@ServiceActivator(inputChannel = "quotes-shm")
	Quote onShmQuoteRequest(QuoteRequest request) {
		this.counts.record("quotes-shm");
		return quote(request);
	}

	@ServiceActivator(inputChannel = "prices-shm")
	void onShmPrice(String price) {
		this.counts.record("prices-shm");
	}

	@ServiceActivator(inputChannel = "orders-chronicle")
	void onChronicleOrder(OrderEvent event) {
		this.counts.record("orders-chronicle");
	}

	@ServiceActivator(inputChannel = "prices-chronicle")
	void onChroniclePrice(String price) {
		this.counts.record("prices-chronicle");
	}

	private static Quote quote(QuoteRequest request) {
		return new Quote(request.symbol(), request.sequence(), 100.0 + (request.sequence() % 100) / 100.0);
	}

}
