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

package org.hostipc.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the per-thread caches of header texts: {@link Utf8.Reader} when decoding and
 * the encoded texts of {@link HeaderCodec} when encoding. They must never change what is
 * decoded or written, only how often it is allocated.
 *
 * @author hostipc
 */
class HeaderTextCacheTests {

	private final FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);

	@Test
	void readerShouldHandOutOneInstanceForATextThatRepeats() {
		Utf8.Reader reader = new Utf8.Reader();
		ByteBuffer buffer = direct("contentType");
		String first = reader.read(buffer, 0, buffer.limit());
		String second = reader.read(buffer, 0, buffer.limit());
		String third = reader.read(buffer, 0, buffer.limit());
		assertThat(first).isEqualTo("contentType");
		assertThat(second).isEqualTo("contentType");
		assertThat(third).isSameAs(second);
	}

	@Test
	void readerShouldTellApartTextsThatShareASlot() {
		// same length and same first and last eight bytes: the same hash, so the same
		// slot
		String a = "prefix00-A-suffix00";
		String b = "prefix00-B-suffix00";
		Utf8.Reader reader = new Utf8.Reader();
		for (int round = 0; round < 4; round++) {
			assertThat(reader.read(direct(a), 0, a.length())).isEqualTo(a);
			assertThat(reader.read(direct(a), 0, a.length())).isEqualTo(a);
			assertThat(reader.read(direct(b), 0, b.length())).isEqualTo(b);
		}
	}

	@Test
	void readerShouldDecodeManyInterleavedTextsExactly() {
		Random random = new Random(42);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(80);
			for (int k = 0; k < length; k++) {
				text.append((char) ('a' + random.nextInt(3)));
			}
			texts.add(text.toString());
		}
		texts.add("Grüße, 世界");
		Utf8.Reader reader = new Utf8.Reader();
		for (int i = 0; i < 5000; i++) {
			String text = texts.get(random.nextInt(texts.size()));
			ByteBuffer buffer = direct(text);
			assertThat(reader.read(buffer, 0, buffer.limit())).isEqualTo(text);
		}
	}

	@Test
	void readerShouldStillRejectInvalidUtf8() {
		Utf8.Reader reader = new Utf8.Reader();
		ByteBuffer invalid = ByteBuffer.allocateDirect(3).put(new byte[] { 'a', (byte) 0xC3, 'b' }).flip();
		for (int i = 0; i < 3; i++) {
			assertThat(reader.read(invalid, 0, 3)).isNull();
		}
	}

	@Test
	void encodingShouldWriteTheSameBytesEveryTime() {
		Map<String, Object> headers = new LinkedHashMap<>();
		headers.put("contentType", "application/octet-stream");
		headers.put("clé", "valeur-é");
		headers.put("sequence", 3L);
		byte[] first = this.codec.encode(Frame.of(headers, new byte[] { 1 }));
		for (int i = 0; i < 4; i++) {
			// equal texts in new instances hit the same cache entries
			Map<String, Object> copy = new LinkedHashMap<>();
			headers.forEach((key, value) -> copy.put(new String(key),
					(value instanceof String text) ? new String(text) : value));
			assertThat(this.codec.encode(Frame.of(copy, new byte[] { 1 }))).isEqualTo(first);
		}
		Frame decoded = this.codec.decode(ByteBuffer.wrap(first)).orElseThrow();
		assertThat(decoded.headers()).isEqualTo(headers);
	}

	@Test
	void encodingShouldRejectAKeyWithAnUnpairedSurrogateEveryTime() {
		String key = "bad\uD800key";
		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(FrameEncodingException.class)
				.isThrownBy(() -> this.codec.encode(Frame.of(Map.of(key, "v"), new byte[0])))
				.withMessageContaining("unpaired surrogate");
		}
	}

	@Test
	void encodingShouldReplaceAnUnpairedSurrogateInAValueEveryTime() {
		for (int i = 0; i < 4; i++) {
			byte[] encoded = this.codec.encode(Frame.of(Map.of("k", "a\uDC00b"), new byte[0]));
			assertThat(this.codec.decode(ByteBuffer.wrap(encoded)).orElseThrow().headers()).containsEntry("k", "a?b");
		}
	}

	private static ByteBuffer direct(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
	}

}
