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

package org.hostipc.inbound;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.support.GenericMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ReplyCapture}.
 *
 * @author hostipc
 */
class ReplyCaptureTests {

	private final Message<String> reply = new GenericMessage<>("reply");

	@Test
	void replySentBeforeReceiveIsReturnedAtOnce() {
		ReplyCapture capture = new ReplyCapture(false);
		assertThat(capture.send(this.reply)).isTrue();
		assertThat(capture.receive(0)).isSameAs(this.reply);
	}

	@Test
	void replyFromAnotherThreadWakesTheParkedWaiter() throws Exception {
		AtomicReference<ReplyCapture> created = new AtomicReference<>();
		CompletableFuture<Message<?>> received = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			ReplyCapture capture = new ReplyCapture(false);
			created.set(capture);
			received.complete(capture.receive(60_000));
		});
		thread.start();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> created.get() != null && thread.getState() == Thread.State.TIMED_WAITING);
		assertThat(received).isNotDone();
		created.get().send(this.reply);
		assertThat(received.get(10, TimeUnit.SECONDS)).isSameAs(this.reply);
	}

	@Test
	void whenNoReplyArrivesInTimeThenReceiveReturnsNullAndALateReplyIsDropped() {
		ReplyCapture capture = new ReplyCapture(false);
		assertThat(capture.receive(20)).isNull();
		assertThat(capture.send(this.reply)).isTrue();
		assertThat(capture.receive(0)).isNull();
	}

	@Test
	void whenLateRepliesThrowThenALateReplyIsRejected() {
		ReplyCapture capture = new ReplyCapture(true);
		assertThat(capture.receive(20)).isNull();
		assertThatExceptionOfType(MessageDeliveryException.class).isThrownBy(() -> capture.send(this.reply))
			.withMessageContaining("stopped waiting");
	}

	@Test
	void secondReplyIsDroppedAndTheFirstIsKept() {
		ReplyCapture capture = new ReplyCapture(true);
		capture.send(this.reply);
		assertThatExceptionOfType(MessageDeliveryException.class)
			.isThrownBy(() -> capture.send(new GenericMessage<>("second")))
			.withMessageContaining("already received a reply");
		assertThat(capture.receive(0)).isSameAs(this.reply);
	}

	@Test
	void replyAfterAFailedSendIsLate() {
		ReplyCapture capture = new ReplyCapture(true);
		capture.abandon();
		assertThatExceptionOfType(MessageDeliveryException.class).isThrownBy(() -> capture.send(this.reply));
		assertThat(capture.receive(0)).isNull();
	}

}
