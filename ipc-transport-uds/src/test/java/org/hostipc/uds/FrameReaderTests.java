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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.hostipc.wire.DecodeResult;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameError;
import org.hostipc.wire.FrameLimits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FrameReader}.
 *
 * @author hostipc
 */
class FrameReaderTests {

	private final FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);

	@Test
	void shouldReadFramesSplitAcrossReadsAndGrowForLargeFrames() throws Exception {
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		stream.write(this.codec.encode(frame("small")));
		stream.write(this.codec.encode(Frame.of(null, new byte[100_000])));
		stream.write(this.codec.encode(frame("last")));
		FrameReader reader = new FrameReader(trickle(stream.toByteArray(), 7), this.codec);
		assertThat(text(next(reader))).isEqualTo("small");
		assertThat(reader.next()).isSameAs(FrameReader.READY);
		assertThat(reader.view().payloadLength()).isEqualTo(100_000);
		assertThat(reader.frameLength()).isEqualTo(this.codec.encodedLength(Frame.of(null, new byte[100_000])));
		assertThat(text(next(reader))).isEqualTo("last");
		assertThat(reader.next()).isNull();
		assertThat(reader.hasPartialFrame()).isFalse();
	}

	@Test
	void shouldSkipFrameWithBadChecksumAndStayInSync() throws Exception {
		byte[] bad = this.codec.encode(frame("bad"));
		bad[bad.length - 1] ^= 1;
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		stream.write(bad);
		stream.write(this.codec.encode(frame("good")));
		FrameReader reader = new FrameReader(trickle(stream.toByteArray(), 1000), this.codec);
		DecodeResult first = reader.next();
		assertThat(first.error()).isEqualTo(FrameError.CHECKSUM);
		assertThat(reader.isInSync()).isTrue();
		assertThat(text(next(reader))).isEqualTo("good");
	}

	@Test
	void shouldLoseSyncOnRejectedLengthWithoutAllocatingForIt() throws Exception {
		ByteBuffer bytes = ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		bytes.putInt(Integer.MAX_VALUE).putInt(0);
		FrameReader reader = new FrameReader(trickle(bytes.array(), 8), this.codec);
		DecodeResult result = reader.next();
		assertThat(result.error()).isEqualTo(FrameError.OVERSIZE);
		assertThat(reader.isInSync()).isFalse();
	}

	@Test
	void shouldReportEndOfStreamInsideFrame() throws Exception {
		byte[] bytes = this.codec.encode(frame("cut"));
		FrameReader reader = new FrameReader(trickle(java.util.Arrays.copyOf(bytes, bytes.length - 1), 5), this.codec);
		assertThat(reader.next()).isNull();
		assertThat(reader.hasPartialFrame()).isTrue();
	}

	private static Frame next(FrameReader reader) throws Exception {
		assertThat(reader.next()).isSameAs(FrameReader.READY);
		return reader.view().toFrame();
	}

	private static Frame frame(String text) {
		return Frame.of(Map.of("k", "v"), text.getBytes(StandardCharsets.UTF_8));
	}

	private static String text(Frame frame) {
		return new String(frame.payload(), StandardCharsets.UTF_8);
	}

	/**
	 * A channel that returns at most {@code chunk} bytes per read, like a socket under
	 * load.
	 */
	private static ReadableByteChannel trickle(byte[] bytes, int chunk) {
		ReadableByteChannel source = Channels.newChannel(new ByteArrayInputStream(bytes));
		return new ReadableByteChannel() {

			@Override
			public int read(ByteBuffer target) throws java.io.IOException {
				ByteBuffer limited = target.slice();
				limited.limit(Math.min(chunk, limited.remaining()));
				int read = source.read(limited);
				if (read > 0) {
					target.position(target.position() + read);
				}
				return read;
			}

			@Override
			public boolean isOpen() {
				return true;
			}

			@Override
			public void close() {
			}

		};
	}

}
