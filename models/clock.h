#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace cooc {

// The time, injected: anything date-dependent (the parents' one-day lag, lockouts,
// certificate validity, deadlines) asks a Clock, so tests can pin "today".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    // Schools live in Taipei time (UTC+8, no DST): "today" for the lag rules.
    static QTimeZone schoolTimeZone() { return QTimeZone(8 * 3600); }
    QDate schoolToday() const { return now().toTimeZone(schoolTimeZone()).date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(at.toUTC()) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at.toUTC(); }
    void advance(qint64 seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};

} // namespace cooc
