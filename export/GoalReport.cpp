#include "GoalReport.h"

#include "GoalReportHtml.h"
#include "TrendPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace tavle {

namespace {

/// The trend chart's size on paper, in 96 dpi pixels (about 16 cm wide), and how much finer
/// the image is drawn so that it prints sharp.
constexpr int kChartWidth = 620;
constexpr int kChartHeight = 300;
constexpr int kChartLegendRow = 18;
constexpr int kChartOversampling = 3;

/// The first day the trend shows: the strategy's first day or the first status counted in
/// the report, whichever is later; the report date when nothing has a status yet.
QDate trendStart(const StrategySnapshot& snapshot, Id departmentId, const QDate& today)
{
    QList<Id> departments = departmentId ? QList<Id>{departmentId} : snapshot.departmentIds();
    if (departmentId == 0)
        departments.append(0);
    QDate first;
    for (const Goal& goal : snapshot.goals) {
        for (const Id d : std::as_const(departments)) {
            const QList<GoalStatusEntry> history = snapshot.rollup.history(goal.id, d);
            if (!history.isEmpty() && (!first.isValid() || history.first().effectiveOn < first))
                first = history.first().effectiveOn;
        }
    }
    if (!first.isValid())
        return today;
    const QDate from = std::max(first, snapshot.strategy.periodFrom);
    return std::min(from, today);
}

} // namespace

GoalReport::GoalReport(const StrategySnapshot& snapshot, Id departmentId, const QDate& today)
    : m_snapshot(snapshot), m_departmentId(departmentId), m_today(today)
{}

Status GoalReport::render(QPagedPaintDevice& device) const
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{tr("The report needs a graphical application object for its fonts.")};
    const GoalReportHtml text{m_snapshot, m_departmentId, m_today};
    if (m_departmentId != 0 && text.subject().isEmpty())
        return Error::invalidInput(tr("The department of the report does not exist any more."));

    // The trend: the department alone, or the hospital-wide line with every department's.
    const QList<QDate> dates =
        StrategyGoals::trendDates(trendStart(m_snapshot, m_departmentId, m_today), m_today);
    QList<TrendLine> lines;
    if (m_departmentId) {
        lines.append(
            {text.subject(), StrategyGoals::trend(m_snapshot, m_departmentId, dates), false});
    } else {
        lines.append({tr("All (hospital)"), StrategyGoals::trend(m_snapshot, 0, dates), true});
        for (const Department& d : m_snapshot.departments)
            lines.append({d.name, StrategyGoals::trend(m_snapshot, d.id, dates), false});
    }
    const QSize chartSize(kChartWidth,
                          kChartHeight + kChartLegendRow * int((lines.size() + 1) / 4));
    const TrendPainter chart(lines, m_snapshot.strategy.greenThresholdPercent);
    const QImage image = chart.image(chartSize * kChartOversampling, 11 * kChartOversampling);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setMetaInformation(QTextDocument::DocumentTitle, text.title());
    const QString chartSource = QStringLiteral("tavle://trend.png");
    document.addResource(QTextDocument::ImageResource, QUrl(chartSource), image);
    document.setHtml(text.html(chartSource, chartSize));

    // The body fills each page above a footer with the title, the date and the page number.
    QFont footerFont(font, &device);
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const qreal width = device.width();
    const qreal footerHeight = footerMetrics.height() * 2.5;
    const qreal bodyHeight = device.height() - footerHeight;
    if (width <= 0 || bodyHeight <= 0)
        return Error{tr("The page is too small for the report.")};
    document.setPageSize(QSizeF(width, bodyHeight));
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("Cannot draw the report on the printer or file.")};
    const QString footerLeft =
        tr("%1, %2").arg(text.title(), m_today.toString(QStringLiteral("dd-MM-yyyy")));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return Error{tr("Cannot start page %1 of the report.").arg(page + 1)};
        painter.save();
        const QRectF view(0, page * bodyHeight, width, bodyHeight);
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, bodyHeight + footerMetrics.height(), width,
                            footerHeight - footerMetrics.height());
        const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pages);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
        const QRectF left =
            footer.adjusted(0, 0, -footerMetrics.horizontalAdvance(pageText) * 1.5, 0);
        painter.drawText(left, Qt::AlignLeft | Qt::AlignTop,
                         footerMetrics.elidedText(footerLeft, Qt::ElideRight, left.width()));
    }
    if (!painter.end())
        return Error{tr("Cannot finish the report.")};
    return {};
}

Status GoalReport::writePdf(const QString& path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write the report to %1: %2").arg(shown, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(GoalReportHtml{m_snapshot, m_departmentId, m_today}.title());
        writer.setCreator(QStringLiteral("Tavle"));
        if (const auto rendered = render(writer); !rendered) {
            file.cancelWriting();
            return Error{
                tr("Cannot write the report to %1: %2").arg(shown, rendered.errorMessage()),
                rendered.error().kind};
        }
    }
    if (!file.commit())
        return Error{tr("Cannot write the report to %1: %2").arg(shown, file.errorString())};
    return {};
}

} // namespace tavle
