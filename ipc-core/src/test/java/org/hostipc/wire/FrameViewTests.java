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

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.hostipc.wire.PropertyChecks.forAll;

/**
 * Tests for {@link FrameView} and {@link HeaderCursor}, the in-place decoding. That the
 * view accepts and rejects exactly what {@link FrameCodec#decode} does is checked on
 * generated input in {@link FrameDecoderPropertyTests}.
 *
 * @author hostipc
 */
class FrameViewTests {

	private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

	private final FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);

	private final FrameView view = new FrameView(FrameLimits.DEFAULT);

	@Test
	void receiptHeaderShouldJoinTheCopyAndBeClearedByTheNextWrap() {
		ByteBuffer encoded = ByteBuffer
			.wrap(this.codec.encode(Frame.of(Map.of("kind", "order", "ipc_queueIndex", 1L), new byte[] { 7 })));
		assertThat(this.view.wrap(encoded, 0, encoded.limit())).isNull();
		assertThat(this.view.receiptHeaderName()).isNull();
		this.view.setReceiptHeader("ipc_queueIndex", 42L);
		assertThat(this.view.receiptHeaderName()).isEqualTo("ipc_queueIndex");
		assertThat(this.view.receiptHeaderValue()).isEqualTo(42L);
		assertThat(this.view.headerCount()).isEqualTo(2);
		assertThat(this.view.toFrame().headers()).containsEntry("kind", "order").containsEntry("ipc_queueIndex", 42L);
		assertThat(this.view.wrap(encoded, 0, encoded.limit())).isNull();
		assertThat(this.view.receiptHeaderName()).isNull();
		assertThat(this.view.receiptHeaderValue()).isZero();
		assertThat(this.view.toFrame().headers()).containsEntry("ipc_queueIndex", 1L);
	}

	@Test
	void receiptHeaderShouldNeedAValidFrame() {
		ByteBuffer encoded = ByteBuffer.wrap(this.codec.encode(Frame.of(Map.of(), new byte[0])));
		assertThat(this.view.wrap(encoded, 0, 2)).isNotNull();
		assertThatIllegalStateException().isThrownBy(() -> this.view.setReceiptHeader("index", 1L));
		assertThat(this.view.receiptHeaderName()).isNull();
		assertThat(this.view.wrap(encoded, 0, encoded.limit())).isNull();
		assertThat(this.view.toFrame().headers()).isEmpty();
	}

	@Test
	void headersShouldBeReadInPlace() {
		Map<String, Object> headers = new LinkedHashMap<>();
		headers.put("text", "grüße");
		headers.put("int", 7);
		headers.put("long", -3L);
		headers.put("double", 2.5);
		headers.put("flag", true);
		headers.put("bytes", new byte[] { 1, 2, 3 });
		headers.put("id", ID);
		ByteBuffer buffer = encodeAt(new Frame(FrameFlags.REQUEST, 42, 99, headers, new byte[] { 5, 6 }), 8);
		assertThat(this.view.wrap(buffer, 8, buffer.limit() - 8)).isNull();
		assertThat(this.view.flags()).isEqualTo(FrameFlags.REQUEST);
		assertThat(this.view.hasFlag(FrameFlags.REQUEST)).isTrue();
		assertThat(this.view.correlationId()).isEqualTo(42);
		assertThat(this.view.timestamp()).isEqualTo(99);
		assertThat(this.view.headerCount()).isEqualTo(7);
		assertThat(this.view.payloadLength()).isEqualTo(2);
		assertThat(this.view.buffer().get(this.view.payloadOffset() + 1)).isEqualTo((byte) 6);
		HeaderCursor cursor = this.view.headers();
		assertThat(cursor.find("text")).isTrue();
		assertThat(cursor.stringValueEquals("grüße")).isTrue();
		assertThat(cursor.stringValueEquals("gruße")).isFalse();
		assertThat(cursor.stringValue()).isEqualTo("grüße");
		assertThat(cursor.find("int") && cursor.intValue() == 7).isTrue();
		assertThat(cursor.find("long") && cursor.longValue() == -3L).isTrue();
		assertThat(cursor.find("double") && cursor.doubleValue() == 2.5).isTrue();
		assertThat(cursor.find("flag") && cursor.booleanValue()).isTrue();
		assertThat(cursor.find("bytes")).isTrue();
		assertThat(cursor.valueLength()).isEqualTo(3);
		assertThat(this.view.buffer().get(cursor.valueOffset() + 2)).isEqualTo((byte) 3);
		assertThat(cursor.find("id")).isTrue();
		assertThat(cursor.value()).isEqualTo(ID);
		assertThat(cursor.find("missing")).isFalse();
		assertThat(this.view.toFrame()).isEqualTo(new Frame(FrameFlags.REQUEST, 42, 99, headers, new byte[] { 5, 6 }));
	}

	@Test
	void copyWithOneMoreHeaderShouldAddOrReplaceIt() {
		ByteBuffer withHeaders = encodeAt(new Frame(0, 1, 2, Map.of("a", 1, "index", "old"), new byte[] { 9 }), 0);
		this.view.wrap(withHeaders, 0, withHeaders.limit());
		Frame copy = this.view.toFrame("index", 5L);
		assertThat(copy.headers()).containsOnly(Map.entry("a", 1), Map.entry("index", 5L));
		assertThat(copy.payload()).containsExactly(9);
		assertThat(copy.timestamp()).isEqualTo(2);
		ByteBuffer withoutHeaders = encodeAt(Frame.of(null, new byte[] { 3 }), 0);
		this.view.wrap(withoutHeaders, 0, withoutHeaders.limit());
		assertThat(this.view.toFrame("index", 6L).headers()).containsOnly(Map.entry("index", 6L));
		assertThat(this.view.toFrame().headers()).isEmpty();
	}

	@Test
	void readingAValueOfAnotherTypeShouldFail() {
		ByteBuffer buffer = encodeAt(Frame.of(Map.of("n", 1), null), 0);
		this.view.wrap(buffer, 0, buffer.limit());
		HeaderCursor cursor = this.view.headers();
		assertThatIllegalStateException().isThrownBy(cursor::intValue).withMessageContaining("next()");
		cursor.next();
		assertThatIllegalStateException().isThrownBy(cursor::longValue).withMessageContaining("INT, not LONG");
		assertThat(cursor.next()).isFalse();
	}

	@Test
	void accessorsOfAnInvalidViewShouldFail() {
		ByteBuffer buffer = encodeAt(Frame.of(null, new byte[] { 1 }), 0);
		buffer.put(10, (byte) 1);
		assertThat(this.view.wrap(buffer, 0, buffer.limit())).isEqualTo(FrameError.CHECKSUM);
		assertThat(this.view.isValid()).isFalse();
		assertThatIllegalStateException().isThrownBy(this.view::payloadLength);
		assertThatIllegalStateException().isThrownBy(this.view::toFrame);
		assertThat(this.view).hasToString("FrameView[invalid]");
	}

	@Test
	void wrappingShouldNotAllocate() {
		ByteBuffer buffer = encodeAt(new Frame(0, 1, 2, Map.of("contentType", "text/plain", "n", 5L), new byte[64]), 0);
		int length = buffer.limit();
		assertThat(this.view.wrap(buffer, 0, length)).isNull();
		long before = allocatedBytes();
		long sum = 0;
		for (int i = 0; i < 10_000; i++) {
			this.view.wrap(buffer, 0, length);
			HeaderCursor cursor = this.view.headers();
			sum += cursor.find("n") ? cursor.longValue() : 0;
			sum += this.view.payloadLength();
		}
		long allocated = allocatedBytes() - before;
		assertThat(sum).isEqualTo(10_000 * 69L);
		// 10,000 wraps: anything allocated per frame would show up as at least 160 kB
		assertThat(allocated).isLessThan(4096);
	}

	@Test
	void utf8ValidationShouldAgreeWithTheStrictDecoder() {
		forAll((random) -> {
			byte[] bytes = new byte[random.nextInt(12)];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(256));
			}
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			assertThat(Utf8.isValid(buffer, 0, bytes.length)).as("%s", java.util.Arrays.toString(bytes))
				.isEqualTo(strictlyDecodes(bytes));
		});
	}

	@Test
	void utf8EqualsShouldCompareEncodedText() {
		forAll(200, (random) -> {
			String text = FrameGenerators.text(random, 0, 8);
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			assertThat(Utf8.equals(buffer, 0, bytes.length, text)).isTrue();
			if (bytes.length > 0) {
				bytes[bytes.length - 1] ^= 1;
				assertThat(Utf8.equals(buffer, 0, bytes.length, text)).isFalse();
				assertThat(Utf8.equals(buffer, 0, bytes.length - 1, text)).isFalse();
			}
		});
	}

	private static boolean strictlyDecodes(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private ByteBuffer encodeAt(Frame frame, int index) {
		byte[] bytes = this.codec.encode(frame);
		ByteBuffer buffer = ByteBuffer.allocateDirect(index + bytes.length).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put(index, bytes);
		return buffer;
	}

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

}
