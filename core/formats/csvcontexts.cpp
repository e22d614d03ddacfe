// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "csvcontexts.h"

#include <QSet>
#include <QStringDecoder>

namespace Pennon {

namespace {

// Enough to fix a file; a file that is wrong on every line would otherwise bury the first.
constexpr qsizetype MaxProblems = 50;

struct Cell {
    QByteArray bytes;
    qsizetype offset = 0;   ///< where the cell starts, for messages
    int line = 0;
};

/// Splits CSV bytes into records of cells. Delimiters are ASCII, so working on the UTF-8
/// bytes is safe; cells are decoded afterwards.
class Reader final
{
public:
    Reader(const QByteArray &bytes, Problems *problems)
        : m_bytes(bytes), m_problems(problems)
    {
        if (m_bytes.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    bool atEnd() const { return m_pos >= m_bytes.size() || m_stopped; }
    /// Where the last record read ended (before its line break), for messages.
    qsizetype recordEnd() const { return m_recordEnd; }
    int recordEndLine() const { return m_recordEndLine; }

    /// The next record; false for a blank line or a record with a syntax error (reported).
    bool next(QList<Cell> *cells, int *line)
    {
        cells->clear();
        *line = m_line;
        if (isLineEnd(m_pos)) {
            consumeLineEnd();
            return false;
        }
        for (;;) {
            Cell cell;
            cell.offset = m_pos;
            cell.line = m_line;
            const bool ok = at(m_pos) == '"' ? quotedCell(&cell) : plainCell(&cell);
            if (!ok) {
                skipLine();
                return false;
            }
            cells->append(cell);
            if (at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            m_recordEnd = m_pos;
            m_recordEndLine = m_line;
            consumeLineEnd();
            return true;
        }
    }

    void fail(int line, qsizetype offset, const QString &why)
    {
        if (m_problems->size() == MaxProblems) {
            m_problems->append({QString(), CsvContexts::tr("further errors are not shown")});
            m_stopped = true;
        }
        if (m_problems->size() > MaxProblems)
            return;
        m_problems->append({QString(), CsvContexts::tr("line %1, column %2: %3")
                                           .arg(line).arg(column(offset)).arg(why)});
    }

    /// The 1-based column of a byte offset on the line the reader is on or has just left,
    /// counted in characters (code points), as JSON errors count them.
    qsizetype column(qsizetype offset) const
    {
        qsizetype start = offset;
        while (start > 0 && m_bytes.at(start - 1) != '\n')
            --start;
        if (start == 0 && m_bytes.startsWith("\xEF\xBB\xBF"))
            start = 3;
        qsizetype col = 1;
        for (qsizetype i = start; i < offset && i < m_bytes.size(); ++i) {
            if ((static_cast<uchar>(m_bytes.at(i)) & 0xC0) != 0x80)
                ++col;
        }
        return col;
    }

private:
    char at(qsizetype i) const { return i < m_bytes.size() ? m_bytes.at(i) : '\0'; }
    bool isLineEnd(qsizetype i) const
    {
        return i >= m_bytes.size() || m_bytes.at(i) == '\n'
            || (m_bytes.at(i) == '\r' && (i + 1 >= m_bytes.size() || m_bytes.at(i + 1) == '\n'));
    }

    void consumeLineEnd()
    {
        if (at(m_pos) == '\r')
            ++m_pos;
        if (at(m_pos) == '\n')
            ++m_pos;
        ++m_line;
    }

    void skipLine()
    {
        while (m_pos < m_bytes.size() && m_bytes.at(m_pos) != '\n')
            ++m_pos;
        consumeLineEnd();
    }

    bool plainCell(Cell *cell)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_bytes.size() && m_bytes.at(m_pos) != ',' && !isLineEnd(m_pos)) {
            if (m_bytes.at(m_pos) == '"') {
                fail(m_line, m_pos, CsvContexts::tr("a quote inside an unquoted cell; quote the whole cell and write the quote as \"\""));
                return false;
            }
            ++m_pos;
        }
        cell->bytes = m_bytes.sliced(start, m_pos - start);
        return true;
    }

    bool quotedCell(Cell *cell)
    {
        ++m_pos; // the opening quote
        for (;;) {
            if (m_pos >= m_bytes.size()) {
                fail(cell->line, cell->offset, CsvContexts::tr("the quoted cell is never closed"));
                m_stopped = true; // everything after it was read as part of the cell
                return false;
            }
            const char c = m_bytes.at(m_pos);
            if (c == '"') {
                if (at(m_pos + 1) == '"') {
                    cell->bytes += '"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (c == '\n')
                ++m_line;
            cell->bytes += c;
            ++m_pos;
        }
        if (at(m_pos) != ',' && !isLineEnd(m_pos)) {
            fail(m_line, m_pos, CsvContexts::tr("unexpected text after the closing quote of a cell"));
            return false;
        }
        return true;
    }

    const QByteArray &m_bytes;
    Problems *m_problems;
    qsizetype m_pos = 0;
    qsizetype m_recordEnd = 0;
    int m_recordEndLine = 0;
    int m_line = 1;
    bool m_stopped = false;
};

} // namespace

std::optional<QList<Context>> CsvContexts::readCsv(const QByteArray &bytes, Problems *problems)
{
    Reader reader(bytes, problems);
    const qsizetype problemsBefore = problems->size();
    QList<Cell> cells;
    int line = 0;

    QStringList names;
    while (!reader.atEnd() && names.isEmpty()) {
        if (!reader.next(&cells, &line))
            continue;
        QSet<QString> seen;
        for (const Cell &cell : std::as_const(cells)) {
            const QString name = QString::fromUtf8(cell.bytes).trimmed();
            if (name.isEmpty())
                reader.fail(line, cell.offset, tr("the header row must name an attribute in every column"));
            else if (seen.contains(name))
                reader.fail(line, cell.offset, tr("the attribute \"%1\" is named twice in the header row").arg(name));
            seen.insert(name);
            names.append(name);
        }
    }
    if (names.isEmpty()) {
        if (problems->size() == problemsBefore)
            reader.fail(1, 0, tr("the file is empty; its first row must name the attributes"));
        return std::nullopt;
    }

    QList<Context> contexts;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    while (!reader.atEnd()) {
        if (!reader.next(&cells, &line))
            continue;
        if (cells.size() != names.size()) {
            // Point at the first extra cell, or at the end of a short row.
            const bool tooMany = cells.size() > names.size();
            const Cell *extra = tooMany ? &cells.at(names.size()) : nullptr;
            reader.fail(extra ? extra->line : reader.recordEndLine(),
                        extra ? extra->offset : reader.recordEnd(),
                        tr("the row has %n cell(s); the header row has %1", nullptr, int(cells.size()))
                            .arg(names.size()));
            continue;
        }
        Context context;
        bool ok = true;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const Cell &cell = cells.at(i);
            if (cell.bytes.isEmpty())
                continue; // absent
            decoder.resetState();
            const QString text = decoder.decode(cell.bytes);
            if (decoder.hasError()) {
                reader.fail(cell.line, cell.offset, tr("the cell is not valid UTF-8"));
                ok = false;
                continue;
            }
            context.setString(names.at(i), text);
        }
        if (ok)
            contexts.append(context);
    }
    if (problems->size() != problemsBefore)
        return std::nullopt;
    return contexts;
}

} // namespace Pennon
