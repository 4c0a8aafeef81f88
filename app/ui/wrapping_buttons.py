"""Radio buttons and check boxes whose label wraps, for answers on a small laptop screen.

Qt's buttons draw their text on one line; a long answer then runs off a narrow window
behind a horizontal scroll bar. These draw the indicator through the style as usual and
the label word-wrapped beside it, and tell the layout the height a given width needs.
The button keeps its text, so accessibility, mnemonics-free labels and tests see it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
)

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_MIN_TEXT_WIDTH = 120  # below this a label would stand one word per line
_PADDING = 6  # above and below the text, so rows of answers keep apart


class _Wrapping:
    """Mixin for QRadioButton / QCheckBox: word-wrapped label, height for width."""

    _radio: bool = True

    def _setup(self: QAbstractButton) -> None:  # type: ignore[misc]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indent(self: QAbstractButton) -> int:  # type: ignore[misc]
        style = self.style()
        if self._radio:
            width = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
            spacing = style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self)
        else:
            width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
            spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        return width + spacing + 2

    def _text_height(self: QAbstractButton, width: int) -> int:  # type: ignore[misc]
        text_width = max(_MIN_TEXT_WIDTH, width - self._indent())
        return self.fontMetrics().boundingRect(QRect(0, 0, text_width, 100_000), _FLAGS, self.text()).height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self: QAbstractButton, width: int) -> int:  # type: ignore[misc]  # noqa: N802
        return max(self.minimumHeight(), self._text_height(width) + 2 * _PADDING)

    def sizeHint(self: QAbstractButton) -> QSize:  # type: ignore[misc]  # noqa: N802
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + self._indent() + 4
        width = min(one_line, 560)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self: QAbstractButton) -> QSize:  # type: ignore[misc]  # noqa: N802
        width = self._indent() + _MIN_TEXT_WIDTH
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self: QAbstractButton, _ev: QPaintEvent) -> None:  # type: ignore[misc]  # noqa: N802
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        indicator = QStyle.PrimitiveElement.PE_IndicatorRadioButton if self._radio \
            else QStyle.PrimitiveElement.PE_IndicatorCheckBox
        sub = QStyle.SubElement.SE_RadioButtonIndicator if self._radio else QStyle.SubElement.SE_CheckBoxIndicator
        box = self.style().subElementRect(sub, option, self)
        box.moveTop((self.height() - box.height()) // 2)
        option.rect = box
        painter.drawPrimitive(indicator, option)
        text_rect = QRect(self._indent(), 0, max(1, self.width() - self._indent()), self.height())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(text_rect, _FLAGS, self.text())
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            used = self.fontMetrics().boundingRect(text_rect, _FLAGS, self.text())
            focus.rect = used.adjusted(-2, -1, 2, 1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


class WrappingRadio(_Wrapping, QRadioButton):
    _radio = True

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrappingCheck(_Wrapping, QCheckBox):
    _radio = False

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self._setup()
