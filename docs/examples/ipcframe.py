#!/usr/bin/env python3
"""Reader and writer for hostipc wire format v1, written from docs/wire-format.md alone.

Standard library only. Header values map to Python types as follows:

    STRING  <-> str          INT  <-> Int (or an int that fits in 32 bits)
    BOOLEAN <-> bool         LONG <-> Long (or an int that does not fit in 32 bits)
    BYTES   <-> bytes        DOUBLE <-> float
    UUID    <-> uuid.UUID

Usage:
    python3 ipcframe.py             decode the worked example of the specification
    python3 ipcframe.py HEX         decode a frame given in hex
    python3 ipcframe.py --sample    print the hex of a frame with a header of every type
"""

import struct
import sys
import uuid
from dataclasses import dataclass, field

VERSION = 1
PREFIX_LENGTH = 32
CHECKSUM_LENGTH = 4
MIN_FRAME_LENGTH = PREFIX_LENGTH + CHECKSUM_LENGTH
MAX_KEY_LENGTH = 1024

REQUEST, REPLY, ERROR, CONTROL = 0x01, 0x02, 0x04, 0x08
KNOWN_FLAGS = REQUEST | REPLY | ERROR | CONTROL

STRING, INT, LONG, BOOLEAN, BYTES, DOUBLE, UUID = 1, 2, 3, 4, 5, 6, 7

# prefix: frame length, version, flags, reserved, correlation id, timestamp,
# header length, payload length; all little-endian
PREFIX = struct.Struct("<IBBHQqII")


class Int(int):
    """An int sent as INT (i32)."""


class Long(int):
    """An int sent as LONG (i64)."""


class FrameError(Exception):
    """A frame could not be decoded; kind is one of the error kinds of section 7."""

    def __init__(self, kind, detail):
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


@dataclass
class Limits:
    max_payload_length: int = 1024 * 1024
    max_header_length: int = 64 * 1024
    max_header_count: int = 256

    @property
    def max_frame_length(self):
        return PREFIX_LENGTH + self.max_header_length + self.max_payload_length + CHECKSUM_LENGTH


@dataclass
class Frame:
    flags: int = 0
    correlation_id: int = 0
    timestamp: int = 0
    headers: dict = field(default_factory=dict)
    payload: bytes = b""


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32c(data):
    """CRC32C (Castagnoli), the same as java.util.zip.CRC32C."""
    crc = 0xFFFFFFFF
    for b in data:
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


# ---------------------------------------------------------------- writing

def _encode_value(key, value):
    if isinstance(value, bool):
        return bytes([BOOLEAN, 1 if value else 0])
    if isinstance(value, Long):
        return struct.pack("<Bq", LONG, value)
    if isinstance(value, int):
        if isinstance(value, Int) or -2**31 <= value < 2**31:
            return struct.pack("<Bi", INT, value)
        return struct.pack("<Bq", LONG, value)
    if isinstance(value, str):
        data = value.encode("utf-8")
        return struct.pack("<BI", STRING, len(data)) + data
    if isinstance(value, (bytes, bytearray)):
        return struct.pack("<BI", BYTES, len(value)) + bytes(value)
    if isinstance(value, float):
        return struct.pack("<Bd", DOUBLE, value)
    if isinstance(value, uuid.UUID):
        return bytes([UUID]) + value.bytes  # RFC 4122 order, most significant byte first
    raise TypeError(f"header {key!r} has type {type(value).__name__}, which cannot cross the wire")


def encode_headers(headers):
    if len(headers) > 0xFFFF:
        raise ValueError("more than 65535 headers")
    parts = [struct.pack("<H", len(headers))]
    for key, value in headers.items():
        key_bytes = key.encode("utf-8")
        if not 1 <= len(key_bytes) <= MAX_KEY_LENGTH:
            raise ValueError(f"header key {key!r} must be 1 to {MAX_KEY_LENGTH} UTF-8 bytes")
        parts.append(struct.pack("<H", len(key_bytes)) + key_bytes + _encode_value(key, value))
    return b"".join(parts)


def encode(flags=0, correlation_id=0, timestamp=0, headers=None, payload=b"", limits=Limits()):
    """Return the bytes of one frame."""
    if flags & ~KNOWN_FLAGS:
        raise ValueError(f"flags {flags:#x} contain bits v1 does not define")
    block = encode_headers(headers or {})
    if len(block) > limits.max_header_length:
        raise ValueError(f"header block is {len(block)} bytes, above {limits.max_header_length}")
    if len(payload) > limits.max_payload_length:
        raise ValueError(f"payload is {len(payload)} bytes, above {limits.max_payload_length}")
    if len(headers or {}) > limits.max_header_count:
        raise ValueError(f"{len(headers)} headers, above {limits.max_header_count}")
    length = PREFIX_LENGTH + len(block) + len(payload) + CHECKSUM_LENGTH
    body = PREFIX.pack(length, VERSION, flags, 0, correlation_id & 0xFFFFFFFFFFFFFFFF, timestamp,
                       len(block), len(payload)) + block + bytes(payload)
    return body + struct.pack("<I", crc32c(body))


# ---------------------------------------------------------------- reading

def _decode_headers(block, max_count):
    def fail(detail):
        raise FrameError("MALFORMED_HEADERS", detail)

    (count,) = struct.unpack_from("<H", block, 0)
    if count > max_count:
        raise FrameError("OVERSIZE", f"header count {count} exceeds the maximum of {max_count}")
    pos = 2
    if count * 5 > len(block) - pos:
        fail(f"header count {count} does not fit in {len(block) - pos} bytes")
    headers = {}
    for i in range(count):
        if len(block) - pos < 2:
            fail(f"header {i} truncated before its key length")
        (key_length,) = struct.unpack_from("<H", block, pos)
        pos += 2
        if key_length == 0 or key_length > MAX_KEY_LENGTH or key_length + 1 > len(block) - pos:
            fail(f"header {i} has an invalid key length {key_length}")
        try:
            key = bytes(block[pos:pos + key_length]).decode("utf-8")
        except UnicodeDecodeError:
            fail(f"header {i} key is not valid UTF-8")
        pos += key_length
        type_code = block[pos]
        pos += 1
        fixed = {STRING: 4, BYTES: 4, INT: 4, LONG: 8, DOUBLE: 8, BOOLEAN: 1, UUID: 16}.get(type_code)
        if fixed is None:
            fail(f"header {key!r} has an unknown type code {type_code}")
        if len(block) - pos < fixed:
            fail(f"header {key!r} value truncated")
        if type_code == INT:
            value = Int(struct.unpack_from("<i", block, pos)[0])
        elif type_code == LONG:
            value = Long(struct.unpack_from("<q", block, pos)[0])
        elif type_code == DOUBLE:
            value = struct.unpack_from("<d", block, pos)[0]
        elif type_code == BOOLEAN:
            if block[pos] not in (0, 1):
                fail(f"header {key!r} boolean is neither 0 nor 1")
            value = block[pos] == 1
        elif type_code == UUID:
            value = uuid.UUID(bytes=bytes(block[pos:pos + 16]))
        else:
            (length,) = struct.unpack_from("<I", block, pos)
            pos += 4
            if length > len(block) - pos:
                fail(f"header {key!r} declares {length} bytes but {len(block) - pos} remain")
            fixed = length
            value = bytes(block[pos:pos + length])
            if type_code == STRING:
                try:
                    value = value.decode("utf-8")
                except UnicodeDecodeError:
                    fail(f"header {key!r} is not valid UTF-8")
        pos += fixed
        if key in headers:
            fail(f"duplicate header {key!r}")
        headers[key] = value
    if pos != len(block):
        fail(f"{len(block) - pos} bytes left after the last header")
    return headers


def decode(data, limits=Limits()):
    """Decode the frame at the start of data; return (frame, bytes consumed) or raise FrameError.

    The checks run in the order of section 7 of the specification.
    """
    data = memoryview(data)
    if len(data) < 4:
        raise FrameError("TRUNCATED", f"{len(data)} bytes cannot hold a frame length")
    (length,) = struct.unpack_from("<I", data, 0)
    if length > limits.max_frame_length:
        raise FrameError("OVERSIZE", f"frame length {length} exceeds the maximum of {limits.max_frame_length}")
    if length < MIN_FRAME_LENGTH:
        raise FrameError("INCONSISTENT_LENGTH", f"frame length {length} is below the minimum of {MIN_FRAME_LENGTH}")
    if len(data) < length:
        raise FrameError("TRUNCATED", f"frame declares {length} bytes but {len(data)} are available")
    (_, version, flags, reserved, correlation_id, timestamp, header_length,
     payload_length) = PREFIX.unpack_from(data, 0)
    if version != VERSION:
        raise FrameError("UNSUPPORTED_VERSION", f"version {version} is not supported (expected {VERSION})")
    if flags & ~KNOWN_FLAGS or reserved != 0:
        raise FrameError("MALFORMED_PREFIX", "unknown flag bits or non-zero reserved bits set")
    if header_length > limits.max_header_length:
        raise FrameError("OVERSIZE", f"header length {header_length} exceeds the maximum")
    if payload_length > limits.max_payload_length:
        raise FrameError("OVERSIZE", f"payload length {payload_length} exceeds the maximum")
    if PREFIX_LENGTH + header_length + payload_length + CHECKSUM_LENGTH != length:
        raise FrameError("INCONSISTENT_LENGTH", "frame length does not match header and payload lengths")
    if header_length < 2:
        raise FrameError("INCONSISTENT_LENGTH", f"header length {header_length} is below the minimum of 2")
    (expected,) = struct.unpack_from("<I", data, length - CHECKSUM_LENGTH)
    actual = crc32c(data[:length - CHECKSUM_LENGTH])
    if expected != actual:
        raise FrameError("CHECKSUM", f"checksum {expected:#010x} does not match the computed {actual:#010x}")
    headers = _decode_headers(data[PREFIX_LENGTH:PREFIX_LENGTH + header_length], limits.max_header_count)
    payload_offset = PREFIX_LENGTH + header_length
    payload = bytes(data[payload_offset:payload_offset + payload_length])
    return Frame(flags, correlation_id, timestamp, headers, payload), length


# ---------------------------------------------------------------- examples

# the worked example of section 11, copied from its hex dump
EXAMPLE_HEX = """
82 00 00 00 01 01 00 00 07 00 00 00 00 00 00 00
15 cd 5b 07 00 00 00 00 59 00 00 00 05 00 00 00
03 00 0b 00 63 6f 6e 74 65 6e 74 54 79 70 65 01
18 00 00 00 74 65 78 74 2f 70 6c 61 69 6e 3b 63
68 61 72 73 65 74 3d 55 54 46 2d 38 13 00 69 70
63 5f 73 6f 75 72 63 65 54 69 6d 65 73 74 61 6d
70 03 00 a8 da 76 9b 01 00 00 08 00 70 72 69 6f
72 69 74 79 02 05 00 00 00 68 65 6c 6c 6f d7 55
09 0a
"""


def example_frame():
    return encode(flags=REQUEST, correlation_id=7, timestamp=123456789,
                  headers={"contentType": "text/plain;charset=UTF-8",
                           "ipc_sourceTimestamp": Long(1767225600000),
                           "priority": Int(5)},
                  payload=b"hello")


def sample_frame():
    """A frame with a header of every type, for checking another implementation."""
    return encode(flags=REPLY | ERROR, correlation_id=2**64 - 1, timestamp=-5,
                  headers={"s": "grüße 🚀", "i": Int(-2), "l": Long(2**40), "t": True, "f": False,
                           "b": b"\x00\xff", "d": 2.5,
                           "u": uuid.UUID("123e4567-e89b-12d3-a456-426614174000"),
                           "ключ": ""},
                  payload="payload ü".encode("utf-8"))


def main(argv):
    if len(argv) > 1 and argv[1] == "--sample":
        print(sample_frame().hex())
        return
    if len(argv) > 1:
        data = bytes.fromhex(argv[1])
    else:
        data = bytes.fromhex(EXAMPLE_HEX)
        if example_frame() != data:
            raise SystemExit("encoding the example does not give the bytes of the specification")
    frame, consumed = decode(data)
    print(f"{consumed} bytes: flags={frame.flags:#04x} correlation_id={frame.correlation_id} "
          f"timestamp={frame.timestamp}")
    for key, value in frame.headers.items():
        print(f"  {key} = {value!r} ({type(value).__name__})")
    print(f"  payload = {frame.payload!r}")


if __name__ == "__main__":
    main(sys.argv)
