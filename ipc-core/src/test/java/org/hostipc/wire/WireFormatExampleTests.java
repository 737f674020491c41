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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the worked example and the other byte values in {@code docs/wire-format.md}
 * are what the codec writes and reads.
 *
 * @author hostipc
 */
class WireFormatExampleTests {

	/** The worked example of section 11 of {@code docs/wire-format.md}. */
	static final String EXAMPLE_HEX = "82000000010100000700000000000000" + "15cd5b07000000005900000005000000"
			+ "03000b00636f6e74656e745479706501" + "18000000746578742f706c61696e3b63"
			+ "6861727365743d5554462d3813006970" + "635f736f7572636554696d657374616d"
			+ "700300a8da769b01000008007072696f" + "72697479020500000068656c6c6fd755" + "090a";

	private static final Path SPECIFICATION = Path.of("..", "docs", "wire-format.md");

	private final FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);

	@Test
	void exampleFrameShouldEncodeToTheDocumentedBytes() {
		assertThat(HexFormat.of().formatHex(this.codec.encode(exampleFrame()))).isEqualTo(EXAMPLE_HEX);
	}

	@Test
	void documentedBytesShouldDecodeToTheExampleFrame() {
		ByteBuffer buffer = ByteBuffer.wrap(HexFormat.of().parseHex(EXAMPLE_HEX));
		Frame frame = this.codec.decode(buffer).orElseThrow();
		assertThat(frame).isEqualTo(exampleFrame());
		assertThat(frame.flags()).isEqualTo(FrameFlags.REQUEST);
		assertThat(frame.correlationId()).isEqualTo(7);
		assertThat(frame.timestamp()).isEqualTo(123456789);
		assertThat(frame.headers()).containsExactly(Map.entry("contentType", "text/plain;charset=UTF-8"),
				Map.entry("ipc_sourceTimestamp", 1767225600000L), Map.entry("priority", 5));
		assertThat(new String(frame.payload(), StandardCharsets.US_ASCII)).isEqualTo("hello");
		assertThat(buffer.position()).isEqualTo(130);
	}

	@Test
	void specificationShouldShowTheExampleBytes() throws IOException {
		assertThat(Files.readString(SPECIFICATION)).contains(hexDump(HexFormat.of().parseHex(EXAMPLE_HEX)));
	}

	@Test
	void documentedChecksumParametersShouldBeThoseOfTheJdk() {
		CRC32C crc = new CRC32C();
		crc.update("123456789".getBytes(StandardCharsets.US_ASCII));
		assertThat(crc.getValue()).isEqualTo(0xE3069283L);
		byte[] example = HexFormat.of().parseHex(EXAMPLE_HEX);
		crc.reset();
		crc.update(example, 0, example.length - 4);
		assertThat(crc.getValue()).isEqualTo(0x0A0955D7L);
	}

	@Test
	void documentedUuidByteOrderShouldBeWhatTheCodecWrites() {
		UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
		byte[] frame = this.codec.encode(Frame.of(Map.of("u", uuid), null));
		// prefix, count, key length, key, type code
		int valueOffset = FrameDescriptor.PREFIX_LENGTH + 2 + 2 + 1 + 1;
		assertThat(HexFormat.of().formatHex(frame, valueOffset, valueOffset + 16))
			.isEqualTo("123e4567e89b12d3a456426614174000");
	}

	private static Frame exampleFrame() {
		Map<String, Object> headers = new LinkedHashMap<>();
		headers.put("contentType", "text/plain;charset=UTF-8");
		headers.put("ipc_sourceTimestamp", 1767225600000L);
		headers.put("priority", 5);
		return new Frame(FrameFlags.REQUEST, 7, 123456789, headers, "hello".getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Format bytes as the specification shows them: a hex offset, then up to 16 bytes per
	 * line.
	 */
	private static String hexDump(byte[] bytes) {
		HexFormat hex = HexFormat.ofDelimiter(" ");
		StringBuilder dump = new StringBuilder();
		for (int offset = 0; offset < bytes.length; offset += 16) {
			dump.append(String.format("%04x  ", offset))
				.append(hex.formatHex(bytes, offset, Math.min(bytes.length, offset + 16)))
				.append('\n');
		}
		return dump.toString();
	}

}
