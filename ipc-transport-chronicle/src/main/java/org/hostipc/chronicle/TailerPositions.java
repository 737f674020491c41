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

import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;

import org.hostipc.IpcException;

/**
 * Moves a tailer to the start position of a subscriber.
 *
 * @author hostipc
 */
final class TailerPositions {

	private TailerPositions() {
	}

	/**
	 * Move a tailer to where the subscriber starts.
	 * @param tailer a new tailer
	 * @param options the options naming the start position
	 * @param acknowledged the saved index of the subscriber, or
	 * {@link SubscriberPosition#NONE}
	 * @throws IpcException if a start index is not in the queue
	 */
	static void moveToStart(ExcerptTailer tailer, ChronicleOptions options, long acknowledged) {
		switch (options.startPosition()) {
			case SAVED -> afterAcknowledged(tailer, acknowledged);
			case START -> tailer.toStart();
			case END -> tailer.toEnd();
			case INDEX -> {
				if (!tailer.moveToIndex(options.startIndex())) {
					throw new IpcException("Queue index 0x" + Long.toHexString(options.startIndex())
							+ " to start at is not in the queue (deleted, or not written yet)");
				}
			}
			case TIMESTAMP -> atOrAfter(tailer, options.startTimestamp().toEpochMilli());
		}
	}

	private static void afterAcknowledged(ExcerptTailer tailer, long acknowledged) {
		if (acknowledged == SubscriberPosition.NONE || !tailer.moveToIndex(acknowledged)) {
			// nothing acknowledged yet, or the acknowledged cycle was deleted once
			// consumed
			tailer.toStart();
			return;
		}
		long read;
		try (DocumentContext context = tailer.readingDocument()) {
			if (!context.isPresent()) {
				return;
			}
			read = context.index();
		}
		if (read != acknowledged) {
			// not the acknowledged message: deliver it (at least once) rather than skip
			// it
			tailer.moveToIndex(read);
		}
	}

	private static void atOrAfter(ExcerptTailer tailer, long epochMillis) {
		tailer.toStart();
		while (true) {
			long index;
			try (DocumentContext context = tailer.readingDocument()) {
				if (!context.isPresent()) {
					return;
				}
				if (context.wire().bytes().readRemaining() < ChronicleFiles.DOCUMENT_PREFIX
						|| context.wire().bytes().readLong() < epochMillis) {
					continue;
				}
				index = context.index();
			}
			tailer.moveToIndex(index);
			return;
		}
	}

}
