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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.hostipc.testsupport.ChildJvm;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At-least-once delivery across processes: a consumer in a child JVM is killed with
 * SIGKILL at random points while this JVM appends sequenced messages, and restarted;
 * every message must be received at least once. Duplicates are allowed, counted, and
 * bounded by the number of kills (one message can be in its handler when a kill lands).
 *
 * @author hostipc
 */
class ChronicleCrashIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final int KILLS = 4;

	private static final int BATCH = 500;

	@TempDir
	Path directory;

	@Test
	void whenConsumerIsKilledRepeatedlyThenEveryMessageIsReceivedAtLeastOnce() throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		Path record = this.directory.resolve("received.txt");
		OutboundEndpoint outbound = ChronicleEndpoints.outbound("crash", MessagingPattern.POINT_TO_POINT,
				ChronicleOptions.builder().directory(this.directory).build());
		outbound.start();
		int sent = 0;
		int unfinishedRounds = 0;
		try {
			for (int kill = 0; kill < KILLS; kill++) {
				try (ChildJvm consumer = startConsumer(record)) {
					int before = sent;
					for (int i = 0; i < BATCH; i++) {
						outbound.send(Frame.of(Map.of(), Integer.toString(sent++).getBytes(StandardCharsets.UTF_8)));
					}
					int killAfter = 1 + random.nextInt(BATCH - 100);
					await().atMost(TIMEOUT)
						.pollInterval(Duration.ofMillis(1))
						.alias("consumer received " + killAfter + " of round " + kill)
						.until(() -> countFrom(read(record), before) >= killAfter);
					consumer.kill();
					unfinishedRounds += (countFrom(read(record), before) < BATCH) ? 1 : 0;
				}
			}
			try (ChildJvm consumer = startConsumer(record)) {
				int total = sent;
				await().atMost(TIMEOUT)
					.pollInterval(Duration.ofMillis(20))
					.alias("every message received, missing " + missing(record, total))
					.until(() -> new TreeSet<>(read(record)).size() == total);
			}
		}
		finally {
			outbound.stop();
		}
		List<Integer> received = read(record);
		Set<Integer> distinct = new TreeSet<>(received);
		int duplicates = received.size() - distinct.size();
		assertThat(missing(record, sent)).as("missing messages (seed %d)", seed).isEmpty();
		assertThat(distinct).hasSize(sent).first().isEqualTo(0);
		assertThat(duplicates).as("duplicates (seed %d)", seed).isBetween(0, KILLS);
		System.out.println("Chronicle crash test: " + sent + " messages, " + KILLS + " kills (" + unfinishedRounds
				+ " while a batch was being consumed), " + duplicates + " duplicates, seed " + seed);
	}

	private ChildJvm startConsumer(Path record) throws Exception {
		ChildJvm consumer = ChildJvm.start("chronicle-child", ChronicleChildMain.class, "consume",
				this.directory.toString(), "crash", "300", record.toString());
		consumer.awaitLine("READY", TIMEOUT);
		return consumer;
	}

	private static List<Integer> read(Path record) throws IOException {
		if (!Files.exists(record)) {
			return List.of();
		}
		// a line being written when the consumer was killed may be incomplete
		return Files.readAllLines(record).stream().filter((line) -> !line.isEmpty()).map(Integer::parseInt).toList();
	}

	private static long countFrom(List<Integer> values, int from) {
		return values.stream().filter((value) -> value >= from).count();
	}

	private static List<Integer> missing(Path record, int total) throws IOException {
		Set<Integer> received = new TreeSet<>(read(record));
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			if (!received.contains(i)) {
				missing.add(i);
			}
		}
		return missing;
	}

}
