#include "ICalendarWriter.h"

#include "rules/Recurrence.h"

#include <cstdlib>
#include <libical/ical.h>
#include <memory>

namespace tavle {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

/// TEXT as libical takes it: UTF-8, line breaks as LF (libical writes them as \n; a CR would
/// be lost), no other control characters (RFC 5545 does not allow them in TEXT).
QByteArray textValue(const QString& text)
{
    QString clean = text;
    clean.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    clean.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    clean.removeIf([](QChar c) {
        return c.category() == QChar::Other_Control && c != QLatin1Char('\n') &&
               c != QLatin1Char('\t');
    });
    return clean.toUtf8();
}

icaltimetype dateValue(const QDate& date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

/// A wall-clock time in Copenhagen, to be written with a TZID parameter.
icaltimetype localValue(const QDateTime& when)
{
    const QDateTime local = when.toTimeZone(RecurrenceRules::timeZone());
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    return t;
}

icaltimetype utcValue(const QDateTime& when)
{
    icaltimetype t = icaltime_null_time();
    const QDateTime utc = when.toUTC();
    t.year = utc.date().year();
    t.month = utc.date().month();
    t.day = utc.date().day();
    t.hour = utc.time().hour();
    t.minute = utc.time().minute();
    t.second = utc.time().second();
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

icalproperty* inZone(icalproperty* property)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(ICalendarWriter::timeZoneId()));
    return property;
}

/// Copenhagen's VTIMEZONE from libical (which reads the system's zoneinfo), cut to the rules in
/// force from `from` on, named "Europe/Copenhagen" as the events name it (libical's own TZID
/// carries a prefix). The Microsoft-compatible cut keeps each rule's first onset, which
/// Outlook wants.
Result<Component> timeZoneComponent(const QDate& from)
{
    const Error missing{ICalendarWriter::tr(
        "The time zone Europe/Copenhagen was not found. Install the time zone data (the tzdata "
        "package, /usr/share/zoneinfo) and export again.")};
    icaltimezone* zone = icaltimezone_get_builtin_timezone(ICalendarWriter::timeZoneId());
    if (!zone)
        return missing;
    icalcomponent* builtIn = icaltimezone_get_component(zone);
    if (!builtIn)
        return missing;
    Component component(icalcomponent_new_clone(builtIn));
    icaltimezone_truncate_vtimezone(
        component.get(), utcValue(QDateTime(from, QTime(0, 0), Qt::UTC)), icaltime_null_time(), 1);
    if (!icalcomponent_get_first_component(component.get(), ICAL_XDAYLIGHT_COMPONENT) ||
        !icalcomponent_get_first_component(component.get(), ICAL_XSTANDARD_COMPONENT))
        return missing; // without its summer-time rules, every summer meeting would be an hour off
    icalproperty* tzid = icalcomponent_get_first_property(component.get(), ICAL_TZID_PROPERTY);
    if (tzid)
        icalproperty_set_tzid(tzid, ICalendarWriter::timeZoneId());
    else
        icalcomponent_add_property(component.get(),
                                   icalproperty_new_tzid(ICalendarWriter::timeZoneId()));
    return Result<Component>(std::move(component));
}

/// The earliest day a timed event names: where the time zone's rules must start.
QDate firstTimedDay(const QList<CalendarEvent>& events, const QDate& fallback)
{
    QDate first = fallback;
    auto consider = [&first](const QDateTime& when) {
        if (when.isValid() && when.date() < first)
            first = when.date();
    };
    for (const CalendarEvent& event : events) {
        consider(event.start);
        consider(event.recurrenceId);
        for (const QDateTime& when : event.exceptions)
            consider(when);
    }
    return first;
}

icalcomponent* alarm(const CalendarEvent& event)
{
    icalcomponent* alarm = icalcomponent_new_valarm();
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icalcomponent_add_property(alarm,
                               icalproperty_new_description(textValue(event.summary).constData()));
    icaltriggertype trigger;
    trigger.time = icaltime_null_time();
    trigger.duration = icaldurationtype_from_int(-event.reminderMinutes * 60);
    icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
    return alarm;
}

icalcomponent* vevent(const CalendarEvent& event, const icaltimetype& stamp)
{
    icalcomponent* e = icalcomponent_new_vevent();
    icalcomponent_add_property(e, icalproperty_new_uid(event.uid.toUtf8().constData()));
    icalcomponent_add_property(e, icalproperty_new_sequence(event.sequence));
    icalcomponent_add_property(e, icalproperty_new_dtstamp(stamp));
    if (event.isAllDay()) {
        icalcomponent_add_property(e, icalproperty_new_dtstart(dateValue(event.day)));
        icalcomponent_add_property(e, icalproperty_new_dtend(dateValue(event.day.addDays(1))));
    } else {
        const QDateTime end = event.start.addSecs(qint64(event.durationMinutes) * 60);
        icalcomponent_add_property(e, inZone(icalproperty_new_dtstart(localValue(event.start))));
        icalcomponent_add_property(e, inZone(icalproperty_new_dtend(localValue(end))));
    }
    if (event.recurrenceId.isValid()) {
        icalcomponent_add_property(
            e, inZone(icalproperty_new_recurrenceid(localValue(event.recurrenceId))));
    }
    if (!event.rrule.isEmpty()) {
        const icalrecurrencetype rule =
            icalrecurrencetype_from_string(event.rrule.toLatin1().constData());
        icalcomponent_add_property(e, icalproperty_new_rrule(rule));
        for (const QDateTime& when : event.exceptions)
            icalcomponent_add_property(e, inZone(icalproperty_new_exdate(localValue(when))));
    }
    icalcomponent_add_property(e, icalproperty_new_summary(textValue(event.summary).constData()));
    if (!event.description.isEmpty()) {
        icalcomponent_add_property(
            e, icalproperty_new_description(textValue(event.description).constData()));
    }
    if (event.transparent)
        icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    if (event.reminderMinutes > 0)
        icalcomponent_add_component(e, alarm(event));
    return e;
}

} // namespace

const char* ICalendarWriter::timeZoneId()
{
    return "Europe/Copenhagen";
}

Result<QByteArray> ICalendarWriter::write(const QList<CalendarEvent>& events,
                                          const QDateTime& stamp, const QString& name)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent* c = calendar.get();
    icalcomponent_add_property(c, icalproperty_new_prodid("-//Tavle//Tavle 0.1//DA"));
    icalcomponent_add_property(c, icalproperty_new_version("2.0"));
    icalcomponent_add_property(c, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(c, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalproperty* calendarName = icalproperty_new_x(textValue(name).constData());
    icalproperty_set_x_name(calendarName, "X-WR-CALNAME");
    icalcomponent_add_property(c, calendarName);

    const QDate first = firstTimedDay(events, stamp.toUTC().date());
    auto zone = timeZoneComponent(QDate(first.year() - 1, 1, 1));
    if (!zone)
        return zone.error();
    icalcomponent_add_component(c, zone.value().release());

    const icaltimetype stampValue = utcValue(stamp);
    for (const CalendarEvent& event : events)
        icalcomponent_add_component(c, vevent(event, stampValue));

    char* text = icalcomponent_as_ical_string_r(c);
    if (!text) {
        return Error{tr("libical could not write the calendar: %1")
                         .arg(QString::fromUtf8(icalerror_strerror(icalerrno)))};
    }
    QByteArray bytes(text);
    std::free(text);
    return bytes;
}

} // namespace tavle
