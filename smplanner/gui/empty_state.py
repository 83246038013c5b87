"""What to do first on an empty tab: one sentence and a button that does it.

An :class:`EmptyState` lies over a part of a tab (a grid, the charts) while that part has
nothing to show, so a new plan never shows an empty grid, "n/a" figures or axes of
made-up numbers without saying what to do. It asks the plan whether the part is empty
after every change, and disappears by itself as soon as it is not.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from smplanner.domain.events import PlanEvent
from smplanner.domain.plan import Plan


class EmptyState(QFrame):
    """A cover over ``over`` while ``is_empty()`` holds: ``text``, and ``button`` for ``do``.

    ``dismiss``: the button also puts the cover away until the part has been filled and
    emptied again (for a part whose first step is typing into what lies beneath).
    """

    def __init__(
        self,
        over: QWidget,
        plan: Plan,
        is_empty: Callable[[], bool],
        text: str,
        button: str,
        do: Callable[[], object],
        *,
        name: str,
        dismiss: bool = False,
    ) -> None:
        # A splitter takes every child for a pane of its own: the cover then lies in the
        # nearest ancestor that is not one, kept over ``over`` as the widgets between move.
        host = over
        while isinstance(host, QSplitter):
            parent = host.parentWidget()
            if parent is None:
                break
            host = parent
        super().__init__(host)
        self.setObjectName(name)
        self._over = over
        self._host = host
        self._between: list[QWidget] = [over]
        widget = over.parentWidget()
        while widget is not None and widget is not host.parentWidget():
            self._between.append(widget)
            widget = widget.parentWidget()
        for watched in self._between:
            watched.installEventFilter(self)
        self._is_empty = is_empty
        self._do = do
        self._dismiss = dismiss
        self._dismissed = False
        self._wanted = False
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.label = QLabel(text, self)
        self.label.setObjectName(f"{name}.text")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("font-size: 11pt;")
        self.button = QPushButton(button, self)
        self.button.setObjectName(f"{name}.button")
        self.button.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.setContentsMargins(24, 12, 24, 12)
        self._place()
        self._unsubscribe = plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.update_shown()

    def update_shown(self) -> None:
        """Show the cover if the part is empty (and was not put away), else hide it."""
        empty = self._is_empty()
        if not empty:
            self._dismissed = False
        self._wanted = empty and not self._dismissed
        self._place()

    @property
    def wanted(self) -> bool:
        """Whether the part is empty and the cover is to be shown over it."""
        return self._wanted

    def _place(self) -> None:
        over = self._over
        shown = self._wanted and (self._host is over or over.isVisibleTo(self._host))
        if shown:
            self.setGeometry(QRect(over.mapTo(self._host, QPoint(0, 0)), over.size()))
            self.raise_()
        self.setVisible(shown)

    def _clicked(self) -> None:
        if self._dismiss:
            self._dismissed = True
            self.hide()
        self._do()
        self.update_shown()

    def _on_event(self, event: PlanEvent) -> None:
        if not event.change.announces:
            self.update_shown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._between and event.type() in _PLACING:
            self._place()
        elif watched is self._host and event.type() == QEvent.Type.ChildAdded:
            self.raise_()  # a widget added to the host later must not lie over the cover
        return False


_PLACING = (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide)
