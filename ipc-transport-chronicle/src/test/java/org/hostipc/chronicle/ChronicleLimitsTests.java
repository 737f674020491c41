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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hostipc.transport.EndpointStatus;
import org.hostipc.transport.ErrorReason;
import org.hostipc.IpcException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameLimits;
import org.hostipc.wire.MessageTooLargeException;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests of the size and disk limits.
 *
 * @author hostipc
 */
class ChronicleLimitsTests extends AbstractChronicleTests {

	@Test
	void whenMessageExceedsMaximumSizeThenSendFailsAndNothingIsAppended() {
		OutboundEndpoint outbound = track(ChronicleEndpoints.outbound("sized", MessagingPattern.POINT_TO_POINT,
				options().maxMessageSize(1024).build()));
		outbound.start();
		assertThatExceptionOfType(MessageTooLargeException.class)
			.isThrownBy(() -> outbound.send(Frame.of(Map.of(), new byte[1025])))
			.withMessageContaining("1025")
			.withMessageContaining("1024");
		assertThat(outbound.counters().errors(ErrorReason.OVERSIZE)).isEqualTo(1);
		assertThat(outbound.counters().messagesSent()).isZero();
		outbound.send(Frame.of(Map.of(), new byte[1024]));
		assertThat(outbound.counters().messagesSent()).isEqualTo(1);
	}

	@Test
	void largestMessageShouldStayFarBelowAQuarterOfTheBlockSize() {
		for (int payload : new int[] { 1024, 1024 * 1024, 16 * 1024 * 1024, 256 * 1024 * 1024 }) {
			FrameLimits limits = ChronicleOptions.DEFAULT_LIMITS.withMaxPayloadLength(payload);
			assertThat(ChronicleFiles.blockSize(limits))
				.isGreaterThanOrEqualTo(8L * (limits.maxFrameLength() + ChronicleFiles.DOCUMENT_PREFIX));
		}
	}

	@Test
	void messageAtTheMaximumSizeShouldRoundTrip() {
		int size = 2 * 1024 * 1024;
		List<Frame> received = new CopyOnWriteArrayList<>();
		OutboundEndpoint outbound = track(ChronicleEndpoints.outbound("large", MessagingPattern.POINT_TO_POINT,
				options().maxMessageSize(size).build()));
		outbound.start();
		byte[] payload = new byte[size];
		payload[size - 1] = 42;
		outbound.send(Frame.of(Map.of(), payload));
		outbound.send(Frame.of(Map.of(), payload));
		ChronicleInboundEndpoint inbound = (ChronicleInboundEndpoint) ChronicleEndpoints.inbound("large",
				MessagingPattern.POINT_TO_POINT, options().maxMessageSize(size).build());
		inbound.setHandler(copying((frame, replier) -> received.add(frame)));
		track(inbound).start();
		await().atMost(AWAIT).until(() -> received.size() == 2);
		assertThat(received).allSatisfy((frame) -> assertThat(frame.payload()).isEqualTo(payload));
	}

	@Test
	void whenDiskUsageLimitIsReachedThenSendsFailAndStateIsDown() {
		OutboundEndpoint outbound = track(ChronicleEndpoints.outbound("full", MessagingPattern.POINT_TO_POINT,
				options().diskUsageLimit(1).build()));
		outbound.start();
		assertThatExceptionOfType(IpcException.class).isThrownBy(() -> outbound.send(text("x")))
			.withMessageContaining("disk usage limit of 1 bytes");
		assertThat(outbound.state().status()).isEqualTo(EndpointStatus.DOWN);
		assertThat(outbound.state().details()).containsKeys("usedBytes", "freeDiskBytes");
		assertThat(outbound.counters().errors(ErrorReason.IO)).isEqualTo(1);
	}

	@Test
	void whenQueueDirectoryIsNoLongerWritableThenStateIsDownUntilItIsBack() throws Exception {
		OutboundEndpoint outbound = track(
				ChronicleEndpoints.outbound("moved", MessagingPattern.POINT_TO_POINT, options().build()));
		outbound.start();
		outbound.send(text("x"));
		assertThat(outbound.state().status()).isEqualTo(EndpointStatus.UP);
		assertThat(outbound.state().details()).containsEntry("writable", true);
		// the tests run as root in CI, for whom permission bits do not take writing away;
		// a
		// directory that went away cannot be written either
		Path queue = this.directory.resolve("moved");
		Path aside = this.directory.resolve("moved-aside");
		Files.move(queue, aside);
		try {
			assertThat(outbound.state().status()).isEqualTo(EndpointStatus.DOWN);
			assertThat(outbound.state().reason()).contains("is not writable");
			assertThat(outbound.state().details()).containsEntry("writable", false);
		}
		finally {
			Files.move(aside, queue);
		}
		assertThat(outbound.state().status()).isEqualTo(EndpointStatus.UP);
	}

}
