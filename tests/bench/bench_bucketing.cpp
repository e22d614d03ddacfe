// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Micro-benchmark of the per-context hashing cost. A benchmark is not a test: it prints figures
// and always exits 0, whatever the machine's speed.
#include "engine/bucketing.h"
#include "engine/crc32.h"
#include "engine/murmur3.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Pennon;

namespace {

// Written after every call so that the optimiser cannot drop the work.
volatile quint32 g_sink = 0;

template <typename Work>
void measure(QTextStream &out, const char *name, qint64 iterations, Work work)
{
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < iterations; ++i)
        g_sink = g_sink ^ work();
    const qint64 ns = timer.nsecsElapsed();
    out << Qt::left << qSetFieldWidth(46) << QLatin1StringView(name) << qSetFieldWidth(0)
        << QString::number(double(ns) / double(iterations), 'f', 2) << " ns/op  ("
        << iterations << " iterations, " << QString::number(double(ns) / 1e6, 'f', 0)
        << " ms)\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr qint64 Iterations = 10'000'000;
    // A typical flagd bucketing string: the salt (flag key) and a user id, fed as two pieces.
    const QByteArrayView salt("new-checkout");
    const QByteArrayView value("user-123456");
    const QByteArray joined = salt.toByteArray() + value.toByteArray();

    measure(out, "murmur3 salt + value, two pieces", Iterations, [&] {
        Murmur3 h(0);
        h.add(salt);
        h.add(value);
        return h.finish();
    });
    measure(out, "murmur3 one-shot, 23 bytes", Iterations, [&] { return Murmur3::hash(joined); });
    measure(out, "flagdBucket (murmur3 + multiply-shift)", Iterations,
            [&] { return quint32(Bucketing::flagdBucket(salt, value, 10000)); });
    measure(out, "unleashNormalizedNumber (three pieces)", Iterations,
            [&] { return quint32(Bucketing::unleashNormalizedNumber(salt, value)); });
    measure(out, "crc32 value + suffix (rollout)", Iterations, [&] {
        Crc32 crc;
        crc.add(value);
        crc.add(salt);
        return crc.finish();
    });
    out << "sink " << g_sink << '\n';
    return 0;
}
