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

package org.hostipc.shm;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.agrona.concurrent.ringbuffer.RecordDescriptor;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;
import org.hostipc.transport.EndpointCounters;
import org.hostipc.IpcException;
import org.hostipc.wire.DecodeResult;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Ring file layout, header validation, permissions and ownership.
 *
 * @author hostipc
 */
class ShmRingFileTests extends AbstractShmTests {

	private static final long HEARTBEAT_TIMEOUT = 5_000;

	private final ShmOptions options = ShmOptions.builder()
		.capacity(4096)
		.limits(new org.hostipc.wire.FrameLimits(256, 128, 8))
		.build();

	private ShmFiles files() {
		return new ShmFiles(ShmOptions.builder()
			.directory(this.directory.resolve("rings"))
			.capacity(4096)
			.limits(this.options.limits())
			.build());
	}

	private Path ringFile() {
		return this.directory.resolve("rings").resolve("r.ring");
	}

	@Test
	void createdFileShouldHaveDocumentedHeaderAndLength() throws Exception {
		files().createOrOpen(ringFile());
		assertThat(Files.size(ringFile())).isEqualTo(128 + 4096 + RingBufferDescriptor.TRAILER_LENGTH);
		ByteBuffer header = readHeader();
		assertThat(new String(header.array(), 0, 7, StandardCharsets.US_ASCII)).isEqualTo("HOSTIPC");
		assertThat(header.get(7)).isZero();
		assertThat(header.getInt(ShmFileDescriptor.VERSION_OFFSET)).isEqualTo(1);
		assertThat(header.getInt(ShmFileDescriptor.CAPACITY_OFFSET)).isEqualTo(4096);
		assertThat(header.getLong(ShmFileDescriptor.CREATOR_PID_OFFSET)).isEqualTo(ProcessHandle.current().pid());
		assertThat(header.getLong(ShmFileDescriptor.CREATOR_START_OFFSET)).isEqualTo(ProcessIdentity.startMillis())
			.isPositive();
		assertThat(header.getLong(ShmFileDescriptor.HEARTBEAT_OFFSET)).isPositive();
		assertThat(header.getInt(ShmFileDescriptor.MAX_FRAME_LENGTH_OFFSET))
			.isEqualTo(this.options.limits().maxFrameLength());
	}

	@Test
	void recordsShouldHoldWireFramesInWriteOrder() throws Exception {
		ShmRing ring = files().createOrOpen(ringFile());
		FrameCodec codec = new FrameCodec(this.options.limits());
		RingWriter writer = new RingWriter(codec, this.options, new EndpointCounters());
		Frame first = new Frame(0, 1, 11, null, "first".getBytes(StandardCharsets.UTF_8));
		Frame second = new Frame(0, 2, 22, null, "second".getBytes(StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + 1_000_000_000L;
		writer.write(ring, first, first.flags(), first.correlationId(), first.timestamp(), codec.encodedLength(first),
				deadline, true);
		writer.write(ring, second, second.flags(), second.correlationId(), second.timestamp(),
				codec.encodedLength(second), deadline, true);
		ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(ringFile())).order(ByteOrder.LITTLE_ENDIAN);
		int firstRecord = ShmFileDescriptor.HEADER_LENGTH;
		int firstLength = file.getInt(firstRecord + RecordDescriptor.lengthOffset(0));
		assertThat(firstLength).isEqualTo(RecordDescriptor.HEADER_LENGTH + codec.encodedLength(first));
		assertThat(file.getInt(firstRecord + RecordDescriptor.typeOffset(0)))
			.isEqualTo(ShmFileDescriptor.FRAME_MESSAGE_TYPE);
		DecodeResult decoded = codec.decode(file.duplicate().position(firstRecord + RecordDescriptor.HEADER_LENGTH));
		assertThat(decoded.frame()).isEqualTo(first);
		int secondRecord = firstRecord + align(firstLength, RecordDescriptor.ALIGNMENT);
		assertThat(codec.decode(file.duplicate().position(secondRecord + RecordDescriptor.HEADER_LENGTH)).frame())
			.isEqualTo(second);
	}

	@Test
	void readerShouldRecordTheHandledPositionAndAdvanceTheHeadPerBatch() {
		ShmRing ring = files().createOrOpen(ringFile());
		FrameCodec codec = new FrameCodec(this.options.limits());
		writeTexts(ring, codec, "a", "b", "c");
		List<String> received = new ArrayList<>();
		List<Long> handledAfterEach = new ArrayList<>();
		RingReader reader = new RingReader("reader", ring, codec, new EndpointCounters(), Long.MAX_VALUE, (frame) -> {
			received.add(new String(frame.toFrame().payload(), StandardCharsets.UTF_8));
			handledAfterEach.add(ring.handledPosition());
		});
		assertThat(reader.doWork()).isEqualTo(3);
		assertThat(received).containsExactly("a", "b", "c");
		long recordLength = align(RecordDescriptor.HEADER_LENGTH + codec.encodedLength(Frame.of(null, new byte[1])),
				RecordDescriptor.ALIGNMENT);
		assertThat(handledAfterEach).containsExactly(0L, recordLength, 2 * recordLength);
		assertThat(ring.handledPosition()).isEqualTo(3 * recordLength).isEqualTo(ring.ring().consumerPosition());
	}

	@Test
	void restartedReaderShouldSkipRecordsHandledBeforeACrashInTheMiddleOfABatch() {
		ShmRing ring = files().createOrOpen(ringFile());
		FrameCodec codec = new FrameCodec(this.options.limits());
		writeTexts(ring, codec, "a", "b", "c", "d");
		long recordLength = align(RecordDescriptor.HEADER_LENGTH + codec.encodedLength(Frame.of(null, new byte[1])),
				RecordDescriptor.ALIGNMENT);
		// a consumer handled "a" and "b", then died before its batch moved the head
		ring.handled(2 * recordLength);
		EndpointCounters counters = new EndpointCounters();
		List<String> received = new ArrayList<>();
		RingReader reader = new RingReader("reader", ring, codec, counters, Long.MAX_VALUE,
				(frame) -> received.add(new String(frame.toFrame().payload(), StandardCharsets.UTF_8)));
		reader.doWork();
		assertThat(received).containsExactly("c", "d");
		assertThat(counters.messagesReceived()).isEqualTo(2);
		assertThat(ring.ring().consumerPosition()).isEqualTo(4 * recordLength);
		assertThat(ring.handledPosition()).isEqualTo(4 * recordLength);
	}

	private void writeTexts(ShmRing ring, FrameCodec codec, String... texts) {
		RingWriter writer = new RingWriter(codec, this.options, new EndpointCounters());
		long deadline = System.nanoTime() + 1_000_000_000L;
		for (String text : texts) {
			Frame frame = Frame.of(null, text.getBytes(StandardCharsets.UTF_8));
			assertThat(writer.write(ring, frame, 0, 0, 1, codec.encodedLength(frame), deadline, true))
				.isEqualTo(RingWriter.Outcome.WRITTEN);
		}
	}

	private static int align(int value, int alignment) {
		return (value + alignment - 1) & -alignment;
	}

	@Test
	void ringFileAndCreatedDirectoryShouldBeOwnerOnly() throws Exception {
		files().createOrOpen(ringFile());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ringFile()))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ringFile().getParent())))
			.isEqualTo("rwx------");
	}

	@Test
	void configuredPermissionsShouldBeApplied() throws Exception {
		new ShmFiles(ShmOptions.builder()
			.directory(this.directory.resolve("rings"))
			.capacity(4096)
			.limits(this.options.limits())
			.filePermissions(PosixFilePermissions.fromString("rw-rw----"))
			.directoryPermissions(PosixFilePermissions.fromString("rwxr-x---"))
			.build()).createOrOpen(ringFile());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ringFile()))).isEqualTo("rw-rw----");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ringFile().getParent())))
			.isEqualTo("rwxr-x---");
	}

	@Test
	void whenFileBelongsToAnotherUidThenItIsRefused() {
		files().createOrOpen(ringFile());
		int otherUid = ShmFiles.currentUid() + 4242;
		ShmOptions options = ShmOptions.builder()
			.directory(this.directory.resolve("rings"))
			.capacity(4096)
			.limits(this.options.limits())
			.build();
		assertThatExceptionOfType(IpcException.class).isThrownBy(() -> new ShmFiles(options, otherUid).open(ringFile()))
			.withMessageContaining("belongs to uid " + ShmFiles.currentUid())
			.withMessageContaining("allowed uids");
	}

	@Test
	void whenOwnerUidIsAllowedThenFileIsAttached() {
		files().createOrOpen(ringFile());
		ShmOptions options = ShmOptions.builder()
			.directory(this.directory.resolve("rings"))
			.capacity(4096)
			.limits(this.options.limits())
			.allowedUids(Set.of(ShmFiles.currentUid()))
			.build();
		assertThat(new ShmFiles(options, ShmFiles.currentUid() + 4242).open(ringFile()).capacity()).isEqualTo(4096);
	}

	@Test
	void whenMagicIsCorruptThenOpenFailsClearly() throws Exception {
		files().createOrOpen(ringFile());
		overwriteLong(ShmFileDescriptor.MAGIC_OFFSET, 0x1234L);
		assertThatExceptionOfType(IpcException.class).isThrownBy(() -> files().open(ringFile()))
			.withMessageContaining("does not start with the ring file magic");
	}

	@Test
	void whenVersionIsUnknownThenOpenFailsClearly() throws Exception {
		files().createOrOpen(ringFile());
		overwriteInt(ShmFileDescriptor.VERSION_OFFSET, 99);
		assertThatExceptionOfType(IpcException.class).isThrownBy(() -> files().open(ringFile()))
			.withMessageContaining("layout version is 99");
	}

	@Test
	void whenFileIsTruncatedThenOpenFailsClearly() throws Exception {
		files().createOrOpen(ringFile());
		try (RandomAccessFile file = new RandomAccessFile(ringFile().toFile(), "rw")) {
			file.setLength(2000);
		}
		assertThatExceptionOfType(IpcException.class).isThrownBy(() -> files().open(ringFile()))
			.withMessageContaining("is 2000 bytes long but a ring of capacity 4096 needs");
	}

	@Test
	void whenFileIsShorterThanHeaderThenOpenFailsClearly() throws Exception {
		Files.createDirectories(ringFile().getParent());
		Files.write(ringFile(), new byte[10]);
		assertThatExceptionOfType(IpcException.class).isThrownBy(() -> files().open(ringFile()))
			.withMessageContaining("truncated: 10 bytes");
	}

	@Test
	void whenDeclaredCapacityIsInvalidThenOpenFailsClearly() throws Exception {
		files().createOrOpen(ringFile());
		overwriteInt(ShmFileDescriptor.CAPACITY_OFFSET, 5000);
		assertThatExceptionOfType(IpcException.class).isThrownBy(() -> files().open(ringFile()))
			.withMessageContaining("invalid ring capacity of 5000");
	}

	@Test
	void whenCapacityDiffersFromConfigurationThenOpenFailsClearly() {
		files().createOrOpen(ringFile());
		ShmFiles larger = new ShmFiles(ShmOptions.builder()
			.directory(this.directory.resolve("rings"))
			.capacity(8192)
			.limits(this.options.limits())
			.build());
		assertThatExceptionOfType(IpcException.class).isThrownBy(() -> larger.open(ringFile()))
			.withMessageContaining("has a capacity of 4096 bytes but the channel is configured with 8192");
	}

	@Test
	void whenFileIsMissingThenOpenFailsClearly() {
		files().ensureDirectory(ringFile().getParent());
		assertThatExceptionOfType(IpcException.class).isThrownBy(() -> files().open(ringFile()))
			.withMessageContaining("does not exist");
	}

	@Test
	void ringsOfDeadCreatorsShouldBeRecognized() throws Exception {
		files().createOrOpen(ringFile());
		assertThat(ShmFiles.isLeftByDeadProcess(ringFile(), HEARTBEAT_TIMEOUT)).isFalse();
		overwriteLong(ShmFileDescriptor.CREATOR_PID_OFFSET, Integer.MAX_VALUE - 1L);
		assertThat(ShmFiles.isLeftByDeadProcess(ringFile(), HEARTBEAT_TIMEOUT)).isTrue();
		assertThat(files().deleteDeadRings(ringFile().getParent(), "r")).isEqualTo(1);
		assertThat(ringFile()).doesNotExist();
	}

	@Test
	void ringOfAnotherPidNamespaceShouldBeJudgedByItsHeartbeat() throws Exception {
		files().createOrOpen(ringFile());
		assertThat(ProcessIdentity.pidNamespace()).as("pid namespace of this process").isPositive();
		// a pid from another container's namespace names an unrelated process here
		overwriteLong(ShmFileDescriptor.CREATOR_PID_NAMESPACE_OFFSET, ProcessIdentity.pidNamespace() + 1);
		overwriteLong(ShmFileDescriptor.CREATOR_PID_OFFSET, Integer.MAX_VALUE - 1L);
		overwriteLong(ShmFileDescriptor.HEARTBEAT_OFFSET, System.currentTimeMillis());
		assertThat(ShmFiles.isLeftByDeadProcess(ringFile(), HEARTBEAT_TIMEOUT)).as("fresh heartbeat").isFalse();
		assertThat(files().deleteDeadRings(ringFile().getParent(), "r")).isZero();
		overwriteLong(ShmFileDescriptor.HEARTBEAT_OFFSET, System.currentTimeMillis() - 2 * HEARTBEAT_TIMEOUT);
		assertThat(ShmFiles.isLeftByDeadProcess(ringFile(), HEARTBEAT_TIMEOUT)).as("stale heartbeat").isTrue();
		overwriteLong(ShmFileDescriptor.CREATOR_PID_NAMESPACE_OFFSET, ProcessIdentity.pidNamespace());
		overwriteLong(ShmFileDescriptor.CREATOR_PID_OFFSET, ProcessIdentity.pid());
		overwriteLong(ShmFileDescriptor.CREATOR_START_OFFSET, ProcessIdentity.startMillis());
		assertThat(ShmFiles.isLeftByDeadProcess(ringFile(), HEARTBEAT_TIMEOUT))
			.as("same namespace: a live creator keeps its ring whatever the heartbeat")
			.isFalse();
	}

	@Test
	void pidNamespaceShouldBeReadFromTheProcLink(@TempDir Path links) throws Exception {
		Path link = Files.createSymbolicLink(links.resolve("pid"), Path.of("pid:[4026531836]"));
		assertThat(ProcessIdentity.pidNamespace(link)).isEqualTo(4026531836L);
		assertThat(ProcessIdentity.pidNamespace(links.resolve("missing"))).isZero();
		assertThat(ProcessIdentity.isThisPidNamespace(0)).as("unknown counts as this namespace").isTrue();
	}

	@Test
	void unsafeNamesShouldBeRejected() {
		assertThat(ShmFiles.isSafeName("orders.reply-1-2.ring")).isTrue();
		assertThat(ShmFiles.isSafeName("../x")).isFalse();
		assertThat(ShmFiles.isSafeName("a/b")).isFalse();
		assertThat(ShmFiles.isSafeName(".hidden")).isFalse();
		assertThat(ShmFiles.isSafeName("")).isFalse();
	}

	private ByteBuffer readHeader() throws Exception {
		ByteBuffer header = ByteBuffer.allocate(128).order(ByteOrder.nativeOrder());
		try (FileChannel channel = FileChannel.open(ringFile(), StandardOpenOption.READ)) {
			channel.read(header, 0);
		}
		return header;
	}

	private void overwriteLong(int offset, long value) throws Exception {
		ByteBuffer bytes = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putLong(0, value);
		try (FileChannel channel = FileChannel.open(ringFile(), StandardOpenOption.WRITE)) {
			channel.write(bytes, offset);
		}
	}

	private void overwriteInt(int offset, int value) throws Exception {
		ByteBuffer bytes = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(0, value);
		try (FileChannel channel = FileChannel.open(ringFile(), StandardOpenOption.WRITE)) {
			channel.write(bytes, offset);
		}
	}

}
