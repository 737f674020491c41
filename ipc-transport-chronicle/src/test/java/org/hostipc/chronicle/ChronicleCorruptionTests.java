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

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.hostipc.transport.EndpointStatus;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests that damaged queue and position files stop an endpoint at start with a clear
 * {@link CorruptedQueueFileException}, before Chronicle maps them.
 *
 * @author hostipc
 */
class ChronicleCorruptionTests extends AbstractChronicleTests {

	private Path queue;

	@BeforeEach
	void writeMessagesAndConsumeSome() {
		OutboundEndpoint outbound = ChronicleEndpoints.outbound("orders", MessagingPattern.POINT_TO_POINT,
				options().build());
		outbound.start();
		sendAll(outbound, "m", 0, 10);
		outbound.stop();
		this.queue = this.directory.resolve("orders");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 3, 100 })
	void whenCycleFileIsTruncatedInItsHeaderThenStartFailsNamingTheFile(int length) throws IOException {
		Path cycle = cycleFile();
		truncate(cycle, length);
		assertCorrupted(outbound(), cycle, "is truncated", "restore the file from a backup or move it out");
		assertCorrupted(inbound(), cycle, "is truncated", "Stop every process that uses the queue");
		assertThat(Files.size(cycle)).as("the damaged file is left as it was").isEqualTo(length);
	}

	@Test
	void whenCycleFileIsTruncatedInsideItsMessagesThenStartFailsNamingTheFile() throws IOException {
		Path cycle = cycleFile();
		long lastByte = lastNonZeroByte(cycle);
		truncate(cycle, lastByte - 20);
		assertCorrupted(outbound(), cycle, "is truncated: its last message", "its messages are lost");
		assertThat(Files.size(cycle)).isEqualTo(lastByte - 20);
	}

	@Test
	void whenCycleFileHeaderIsOverwrittenThenStartFailsNamingTheFile() throws IOException {
		Path cycle = cycleFile();
		overwrite(cycle, 0, "garbage!garbage!");
		assertCorrupted(inbound(), cycle, "does not start with a Chronicle header", "restore the file");
	}

	@Test
	void whenCycleFileHeaderTypeIsDamagedThenStartFailsNamingTheFile() throws IOException {
		Path cycle = cycleFile();
		overwrite(cycle, 14, "XXXXXX");
		assertCorrupted(outbound(), cycle, "has a damaged header", "restore the file");
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 100 })
	void whenMetadataIsTruncatedThenStartFailsAndDeletingItRecovers(int length) throws IOException {
		Path metadata = this.queue.resolve("metadata.cq4t");
		truncate(metadata, length);
		assertCorrupted(outbound(), metadata, "is truncated", "delete this file (Chronicle rebuilds it");
		Files.delete(metadata);
		List<String> received = new CopyOnWriteArrayList<>();
		inbound("orders", MessagingPattern.POINT_TO_POINT, (o) -> o,
				copying((frame, replier) -> received.add(text(frame))))
			.start();
		await().atMost(AWAIT).until(() -> received.size() == 10);
		assertThat(received).containsExactlyElementsOf(texts("m", 0, 10));
	}

	@Test
	void whenMetadataIsOverwrittenThenStartFailsNamingTheFile() throws IOException {
		Path metadata = this.queue.resolve("metadata.cq4t");
		overwrite(metadata, 0, "garbage!garbage!");
		assertCorrupted(outbound(), metadata, "does not start with a Chronicle header", "delete this file");
	}

	@Test
	void whenMetadataIsEmptyThenChronicleRebuildsIt() throws IOException {
		truncate(this.queue.resolve("metadata.cq4t"), 0);
		List<String> received = new CopyOnWriteArrayList<>();
		inbound("orders", MessagingPattern.POINT_TO_POINT, (o) -> o,
				copying((frame, replier) -> received.add(text(frame))))
			.start();
		await().atMost(AWAIT).until(() -> received.size() == 10);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 7, 12 })
	void whenPositionFileIsTruncatedThenSubscriberStartFailsAndDeletingItRecovers(int length) throws IOException {
		Path position = consumeAllAndStop();
		truncate(position, length);
		assertCorrupted(inbound(), position, "has " + length + " bytes instead of 16", "delete the file");
		OutboundEndpoint outbound = track(outbound());
		outbound.start();
		assertThat(outbound.state().status()).isEqualTo(EndpointStatus.UP);
		Files.delete(position);
		List<String> received = new CopyOnWriteArrayList<>();
		inbound("orders", MessagingPattern.POINT_TO_POINT, (o) -> o,
				copying((frame, replier) -> received.add(text(frame))))
			.start();
		await().atMost(AWAIT).until(() -> received.size() == 10);
	}

	@Test
	void whenPositionFileIsOverwrittenThenSubscriberStartFails() throws IOException {
		Path position = consumeAllAndStop();
		overwrite(position, 0, "garbage!");
		assertCorrupted(inbound(), position, "does not start with the position file marker", "restore the file");
	}

	@Test
	void whenPositionFileIsDamagedThenRetentionKeepsEveryCycle() throws IOException {
		Path position = consumeAllAndStop();
		overwrite(position, 0, "garbage!");
		AbstractChronicleEndpoint outbound = track((AbstractChronicleEndpoint) ChronicleEndpoints.outbound("orders",
				MessagingPattern.POINT_TO_POINT, options().retention(java.time.Duration.ofMillis(1)).build()));
		outbound.start();
		assertThat(outbound.sweep()).isEmpty();
		assertThat(cycleFile()).exists();
	}

	private Path consumeAllAndStop() {
		List<String> received = new CopyOnWriteArrayList<>();
		InboundEndpoint inbound = ChronicleEndpoints.inbound("orders", MessagingPattern.POINT_TO_POINT,
				options().build());
		inbound.setHandler(copying((frame, replier) -> received.add(text(frame))));
		inbound.start();
		try {
			await().atMost(AWAIT).until(() -> received.size() == 10);
		}
		finally {
			inbound.stop();
		}
		return this.directory.resolve("orders.subscribers").resolve("default.position");
	}

	private OutboundEndpoint outbound() {
		return ChronicleEndpoints.outbound("orders", MessagingPattern.POINT_TO_POINT, options().build());
	}

	private InboundEndpoint inbound() {
		InboundEndpoint inbound = ChronicleEndpoints.inbound("orders", MessagingPattern.POINT_TO_POINT,
				options().build());
		inbound.setHandler(copying((frame, replier) -> {
		}));
		return inbound;
	}

	private void assertCorrupted(IpcEndpoint endpoint, Path file, String problem, String action) {
		assertThatExceptionOfType(CorruptedQueueFileException.class).isThrownBy(endpoint::start)
			.withMessageContaining(file.toString())
			.withMessageContaining(problem)
			.withMessageContaining(action)
			.satisfies((ex) -> assertThat(ex.getFile()).isEqualTo(file));
		assertThat(endpoint.isRunning()).isFalse();
	}

	private Path cycleFile() throws IOException {
		try (Stream<Path> files = Files.list(this.queue)) {
			return files.filter((file) -> file.toString().endsWith(".cq4")).findFirst().orElseThrow();
		}
	}

	private static long lastNonZeroByte(Path file) throws IOException {
		byte[] content = Files.readAllBytes(file);
		int last = content.length - 1;
		while (last > 0 && content[last] == 0) {
			last--;
		}
		return last;
	}

	private static void truncate(Path file, long length) throws IOException {
		try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "rw")) {
			access.setLength(length);
		}
	}

	private static void overwrite(Path file, long position, String text) throws IOException {
		try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "rw")) {
			access.seek(position);
			access.write(text.getBytes(StandardCharsets.US_ASCII));
		}
	}

}
