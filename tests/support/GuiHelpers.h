#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <catch2/catch.hpp>
#include <functional>

/// Runs `answer` on the next modal dialog that opens, once it is on screen: the way GUI tests
/// fill in and close a dialog that the code under test opens with exec().
template <typename Dialog> void whenModal(std::function<void(Dialog*)> answer)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QObject::connect(timer, &QTimer::timeout, [timer, answer, elapsed] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (elapsed->elapsed() > 10000) {
                timer->deleteLater();
                FAIL("the expected dialog did not open");
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

/// Lets queued events (signals, timers that are due) run.
inline void processEvents()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}
