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

package org.hostipc.chronicle;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;

/**
 * The queue that receives the messages a subscriber gave up on, each with the last error
 * of its handler in the {@link ChronicleHeaders#DEAD_LETTER_REASON} header. Documents
 * have the layout of the channel queue, so a chronicle inbound endpoint on the
 * dead-letter directory reads them. Opened on first use; used by one thread.
 *
 * @author hostipc
 */
final class DeadLetterQueue implements AutoCloseable {

	/** Longest error text kept in the header. */
	static final int MAX_REASON_LENGTH = 1024;

	private final Path directory;

	private final ChronicleOptions options;

	private final FrameCodec codec;

	private SingleChronicleQueue queue;

	private ExcerptAppender appender;

	DeadLetterQueue(Path directory, ChronicleOptions options, FrameCodec codec) {
		this.directory = directory;
		this.options = options;
		this.codec = codec;
	}

	Path directory() {
		return this.directory;
	}

	/**
	 * Append a message with the error that made its handler give up.
	 * @param frame the message
	 * @param error the last error
	 */
	void append(Frame frame, Throwable error) {
		if (this.appender == null) {
			this.queue = ChronicleFiles.open(this.directory, this.options);
			this.appender = this.queue.createAppender();
		}
		Map<String, Object> headers = new LinkedHashMap<>(frame.headers());
		headers.put(ChronicleHeaders.DEAD_LETTER_REASON, reason(error));
		byte[] encoded = this.codec
			.encode(new Frame(frame.flags(), frame.correlationId(), frame.timestamp(), headers, frame.payload()));
		try (DocumentContext context = this.appender.writingDocument()) {
			Bytes<?> bytes = context.wire().bytes();
			bytes.writeLong(System.currentTimeMillis());
			bytes.write(encoded);
		}
	}

	private static String reason(Throwable error) {
		String text = String.valueOf(error);
		return (text.length() > MAX_REASON_LENGTH) ? text.substring(0, MAX_REASON_LENGTH) : text;
	}

	@Override
	public void close() {
		if (this.appender != null) {
			this.appender.close();
			this.appender = null;
		}
		if (this.queue != null) {
			this.queue.close();
			this.queue = null;
		}
	}

}
