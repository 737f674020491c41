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

package org.hostipc.sample.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sends a fixed number of messages on every channel when asked at
 * {@code POST /sample/run?count=N}, timing each call; the demo reads the result.
 *
 * @author hostipc
 */
@RestController
class SampleRunner {

	private final Map<String, SampleChannels> transports;

	private final Environment environment;

	SampleRunner(UdsChannels uds, ShmChannels shm, ChronicleChannels chronicle, Environment environment) {
		this.transports = new LinkedHashMap<>();
		this.transports.put("uds", uds);
		this.transports.put("shm", shm);
		this.transports.put("chronicle", chronicle);
		this.environment = environment;
	}

	/**
	 * Send {@code count} messages on every channel, or on the channels of one transport.
	 * @param count how many messages to send on each channel
	 * @param transport the transport (uds, shm or chronicle), all when absent
	 * @return what happened on each channel
	 */
	@PostMapping("/sample/run")
	List<RunResult> run(@RequestParam(defaultValue = "1000") int count,
			@RequestParam(required = false) String transport) {
		if (transport != null && !this.transports.containsKey(transport)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown transport '" + transport + "', expected one of " + this.transports.keySet());
		}
		List<RunResult> results = new ArrayList<>();
		this.transports.forEach((name, channels) -> {
			if (transport == null || transport.equals(name)) {
				results.addAll(run(suffix(name), channels, count));
			}
		});
		return results;
	}

	private static String suffix(String transport) {
		return "uds".equals(transport) ? "" : "-" + transport;
	}

	private List<RunResult> run(String suffix, SampleChannels channels, int count) {
		List<RunResult> results = new ArrayList<>();
		results.add(measure("orders" + suffix, "point-to-point", count, (i) -> {
			channels.placeOrder(new OrderEvent(i, "item-" + (i % 10), 1 + (int) (i % 5)));
			return true;
		}));
		if (channels instanceof RequestReplyChannels requestReply) {
			results.add(measure("quotes" + suffix, "request-reply", count, (i) -> {
				Quote quote = requestReply.quote(new QuoteRequest("SYM" + (i % 7), i));
				return quote != null && quote.sequence() == i && quote.symbol().equals("SYM" + (i % 7));
			}));
		}
		results.add(measure("prices" + suffix, "publish-subscribe", count, (i) -> {
			channels.publishPrice("SYM" + (i % 7) + "=" + (100 + i % 100));
			return true;
		}));
		return results;
	}

	private RunResult measure(String channel, String pattern, int count, LongPredicate call) {
		long[] nanos = new long[count];
		long sent = 0;
		long failed = 0;
		long good = 0;
		String firstError = null;
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			try {
				if (call.test(i)) {
					good++;
				}
				sent++;
			}
			catch (RuntimeException ex) {
				failed++;
				if (firstError == null) {
					firstError = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				}
			}
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		long replies = "request-reply".equals(pattern) ? good : 0;
		String transport = this.environment.getProperty("ipc.channels." + channel + ".transport", "?");
		return new RunResult(channel, transport, pattern, sent, failed, replies, percentile(nanos, 0.50),
				percentile(nanos, 0.99), firstError);
	}

	private static double percentile(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1000.0;
	}

}
