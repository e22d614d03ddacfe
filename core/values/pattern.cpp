// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "pattern.h"

#include <re2/re2.h>

namespace Pennon {

std::optional<Pattern> Pattern::compile(const QString &pattern, bool caseInsensitive,
                                        QString *error)
{
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_case_sensitive(!caseInsensitive);
    options.set_log_errors(false);
    const QByteArray utf8 = pattern.toUtf8();
    auto re = std::make_shared<const RE2>(re2::StringPiece(utf8.constData(), size_t(utf8.size())),
                                          options);
    if (!re->ok()) {
        if (error)
            *error = QString::fromStdString(re->error());
        return std::nullopt;
    }
    Pattern compiled;
    compiled.m_re = std::move(re);
    compiled.m_source = pattern;
    compiled.m_caseInsensitive = caseInsensitive;
    return compiled;
}

bool Pattern::search(QByteArrayView utf8) const
{
    return RE2::PartialMatch(re2::StringPiece(utf8.data(), size_t(utf8.size())), *m_re);
}

bool Pattern::searchText(const QString &text) const
{
    return search(QByteArrayView(text.toUtf8()));
}

} // namespace Pennon
