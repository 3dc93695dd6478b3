"""A camera frame made ready to show: scaled to the tile and annotated, off the GUI thread.

Every QPainter call from Python gives up the GIL and must win it back; on the
GUI thread, with recognition and pump threads busy, each costs milliseconds.
So frames are scaled and annotated here, on the capture thread, and the tile
only swaps a finished image in.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from drivers.cameras.base import Frame

#: Reads older than this many frames describe a car that may have gone.
READS_VALID_FRAMES = 15

# A QFont made on the GUI thread must not be used on others (its glyph cache is per thread):
# each capture thread builds its own from the family name.  Text drawing is also serialised,
# because concurrent drawText calls crashed under xcb (1 run in 5, in the font engine).
_local = threading.local()
_text_lock = threading.Lock()


def _font(family: str, point_size: float) -> QFont:
    key = (family, round(point_size, 1))
    cached = getattr(_local, "font", None)
    if cached is None or cached[0] != key:
        font = QFont(family)
        font.setPointSizeF(key[1])
        font.setBold(True)
        _local.font = cached = (key, font)
    return cached[1]


@dataclass(frozen=True)
class LaneFrame:
    image: QImage  # display-sized, owns its pixels
    seq: int
    at: float
    reads_drawn: int


def wrap(frame: Frame) -> QImage | None:
    """The frame's pixels as a QImage, not copied: valid only while `frame` is referenced."""
    array = frame.image
    if array.ndim != 3 or array.shape[2] != 3 or not array.flags.c_contiguous:
        return None
    height, width = array.shape[:2]
    return QImage(array.data, width, height, 3 * width, QImage.Format.Format_BGR888)


def compose(frame: Frame, size: QSize, smooth: bool, reads: list, reads_seq: int, family: str) -> LaneFrame | None:
    source = wrap(frame)
    if source is None or size.width() < 8 or size.height() < 8:
        return None
    mode = Qt.TransformationMode.SmoothTransformation if smooth else Qt.TransformationMode.FastTransformation
    # scaled() writes a new, display-sized image: the only copy made, and `frame` may go after it.
    image = source.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, mode).convertToFormat(QImage.Format.Format_RGB32)
    drawn = 0
    if reads and frame.seq - reads_seq <= READS_VALID_FRAMES:
        drawn = _draw_reads(image, image.width() / source.width(), reads, family)
    return LaneFrame(image, frame.seq, frame.at, drawn)


def _draw_reads(image: QImage, scale: float, reads: list, family: str) -> int:
    with _text_lock:
        return _paint_reads(image, scale, reads, family)


def _paint_reads(image: QImage, scale: float, reads: list, family: str) -> int:
    painter = QPainter(image)
    try:
        painter.setFont(_font(family, max(8.0, min(14.0, image.height() / 14))))
        metrics = painter.fontMetrics()
        for read in reads:
            x, y, w, h = read.box
            box = QRectF(x * scale, y * scale, w * scale, h * scale)
            painter.setPen(QPen(QColor("#00E676"), 2))
            painter.drawRect(box)
            # The plate only: the confidence that decides is the vote's, shown once, on the tile.
            label = read.text
            width = metrics.horizontalAdvance(label) + 8
            top = box.y() - metrics.height() - 4
            if top < 0:
                top = box.bottom() + 2
            tag = QRect(int(box.x()), int(top), width, metrics.height() + 2)
            painter.fillRect(tag, QColor(0, 0, 0, 190))
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)
    finally:
        painter.end()
    return len(reads)
