// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagdetailsview.h"

#include "text/conditiontext.h"
#include "text/flagtext.h"

#include <QStringList>

namespace Pennon {

namespace {

QString esc(const QString &text)
{
    // "25 %" must not break between the number and its sign.
    return text.toHtmlEscaped().replace(QStringLiteral(" %"), QStringLiteral("&nbsp;%"));
}

QString paragraph(const QString &html)
{
    return u"<p>" + html + u"</p>";
}

QString multiline(const QString &text)
{
    return esc(text).replace(u'\n', QStringLiteral("<br>"));
}

QString headerHtml(const Flag &flag)
{
    QString html = u"<h2>" + esc(flag.name.isEmpty() ? flag.key : flag.name) + u"</h2>";
    QStringList facts;
    facts.append(u"<code>" + esc(flag.key) + u"</code>");
    facts.append(esc(FlagDetailsView::tr("Type: %1").arg(FlagText::typeName(flag.type))));
    if (!flag.owner.isEmpty())
        facts.append(esc(FlagDetailsView::tr("Owner: %1").arg(flag.owner)));
    html += paragraph(facts.join(QStringLiteral(" &middot; ")));
    if (flag.archived)
        html += paragraph(u"<i>" + esc(FlagDetailsView::tr("Archived")) + u"</i>");
    if (!flag.description.isEmpty())
        html += paragraph(multiline(flag.description));
    if (!flag.tags.isEmpty())
        html += paragraph(esc(FlagDetailsView::tr("Tags: %1").arg(flag.tags.join(u", "))));
    return html;
}

QString variationsHtml(const Flag &flag)
{
    QString html = u"<h3>" + esc(FlagDetailsView::tr("Variations")) + u"</h3>";
    if (flag.variations.isEmpty())
        return html + paragraph(esc(FlagDetailsView::tr("This flag has no variations.")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr>")
            + u"<th align=\"left\">" + esc(FlagDetailsView::tr("Variation")) + u"</th>"
            + u"<th align=\"left\">" + esc(FlagDetailsView::tr("Value")) + u"</th>"
            + u"<th align=\"left\">" + esc(FlagDetailsView::tr("Description")) + u"</th></tr>";
    for (const Variation &v : flag.variations) {
        html += u"<tr><td>" + esc(v.key) + u"</td><td>" + esc(FlagText::valueText(v.value))
                + u"</td><td>" + multiline(v.description) + u"</td></tr>";
    }
    return html + u"</table>";
}

QString ruleHtml(const Rule &rule, int number, const Workspace &workspace)
{
    const QString title = FlagText::ruleTitle(rule, number);
    QString html = u"<p><b>" + esc(title) + u"</b></p>";
    if (rule.conditions.isEmpty()) {
        html += paragraph(esc(FlagDetailsView::tr("Always applies.")));
    } else {
        html += paragraph(esc(rule.conditions.size() == 1
                                  ? FlagDetailsView::tr("When this holds:")
                                  : FlagDetailsView::tr("When all of these hold:")));
        html += u"<ul>";
        for (const Condition &condition : rule.conditions)
            html += u"<li>" + esc(ConditionText::describe(condition, &workspace)) + u"</li>";
        html += u"</ul>";
    }
    html += paragraph(esc(FlagDetailsView::tr("Serves %1.").arg(FlagText::serveText(rule.serve))));
    return html;
}

QString environmentHtml(const QString &title, const EnvironmentConfig *config,
                        const Workspace &workspace)
{
    if (!config) {
        return u"<h4>" + esc(FlagDetailsView::tr("%1: not configured").arg(title)) + u"</h4>"
               + paragraph(esc(FlagDetailsView::tr("The flag is off here and serves nothing.")));
    }
    QString html = u"<h4>"
                   + esc(config->on ? FlagDetailsView::tr("%1: on").arg(title)
                                    : FlagDetailsView::tr("%1: off").arg(title))
                   + u"</h4>";
    if (!config->on) {
        html += paragraph(esc(FlagDetailsView::tr("Everyone gets the off variation %1.")
                                  .arg(config->offVariation)));
        if (config->rules.isEmpty() && config->defaultServe == Serve{config->offVariation, {}})
            return html;
        html += paragraph(esc(FlagDetailsView::tr("When switched on:")));
    } else {
        html += paragraph(esc(FlagDetailsView::tr("Off variation: %1").arg(config->offVariation)));
    }
    if (!config->rules.isEmpty()) {
        html += u"<ol>";
        for (int i = 0; i < config->rules.size(); ++i)
            html += u"<li>" + ruleHtml(config->rules.at(i), i + 1, workspace) + u"</li>";
        html += u"</ol>";
        html += paragraph(esc(FlagDetailsView::tr("Otherwise serves %1.")
                                  .arg(FlagText::serveText(config->defaultServe))));
    } else {
        html += paragraph(esc(FlagDetailsView::tr("Serves %1.")
                                  .arg(FlagText::serveText(config->defaultServe))));
    }
    return html;
}

} // namespace

FlagDetailsView::FlagDetailsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    // Qt's rich-text defaults leave wide gaps between paragraphs; a denser layout keeps a
    // flag with several environments and rules readable without much scrolling.
    document()->setDefaultStyleSheet(QStringLiteral(
        "h2 { margin-top: 0px; margin-bottom: 6px; }"
        "h3 { margin-top: 16px; margin-bottom: 4px; }"
        "h4 { margin-top: 12px; margin-bottom: 2px; }"
        "p { margin-top: 2px; margin-bottom: 2px; }"
        "ul, ol { margin-top: 2px; margin-bottom: 4px; }"
        "table { margin-bottom: 6px; }"
        "th { padding-right: 12px; }"
        "td { padding-right: 12px; }"));
    setPlaceholderText(tr("Select a flag to see its variations and rules."));
}

void FlagDetailsView::showFlag(const Flag &flag, const Workspace &workspace)
{
    m_flagKey = flag.key;
    setHtml(flagHtml(flag, workspace));
}

void FlagDetailsView::showNothing()
{
    m_flagKey.clear();
    clear();
}

QString FlagDetailsView::flagHtml(const Flag &flag, const Workspace &workspace)
{
    QString html = headerHtml(flag) + variationsHtml(flag);
    html += u"<h3>" + esc(tr("Environments")) + u"</h3>";
    QStringList shown;
    for (const Environment &env : workspace.environments) {
        QString title = env.name.isEmpty() ? env.key : env.name;
        if (env.isProtected)
            title = tr("%1 (protected)").arg(title);
        const auto it = flag.environments.constFind(env.key);
        html += environmentHtml(title, it == flag.environments.constEnd() ? nullptr : &*it,
                                workspace);
        shown.append(env.key);
    }
    // Configuration for environments the workspace does not list is still shown, not hidden.
    for (auto it = flag.environments.constBegin(); it != flag.environments.constEnd(); ++it) {
        if (!shown.contains(it.key()))
            html += environmentHtml(it.key(), &*it, workspace);
    }
    return html;
}

} // namespace Pennon
