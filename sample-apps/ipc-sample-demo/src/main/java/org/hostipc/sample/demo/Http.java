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

package org.hostipc.sample.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Minimal JSON over HTTP client for the demo.
 *
 * @author hostipc
 */
final class Http {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * GET a JSON document.
	 * @param url the address
	 * @return the document, or {@code null} when the service does not answer 2xx or 503
	 */
	JsonNode get(String url) {
		return call(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build());
	}

	/**
	 * POST without a body and read a JSON answer.
	 * @param url the address
	 * @param timeout how long the call may take
	 * @return the document, or {@code null} on failure
	 */
	JsonNode post(String url, Duration timeout) {
		return call(HttpRequest.newBuilder(URI.create(url))
			.timeout(timeout)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	private JsonNode call(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			int status = response.statusCode();
			if ((status >= 200 && status < 300) || status == 503) {
				return JSON.readTree(response.body());
			}
			return null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

}
