// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// What the library window costs on a large workspace: who uses what (WorkspaceUses) walked
// over 10,000 flags, the flags whose behaviour changes, and one check as the user types (the
// edit laid over the workspace, checked with the flags that reach it). A benchmark is not a
// test: it prints figures and always exits 0.
#include "model/uses.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

/// 10,000 flags in 3 environments with 4 rules each; every fifth rule uses one of 50 library
/// activations, every seventh one of 20 segments (each nesting an activation).
Workspace largeWorkspace()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();
    for (int a = 0; a < 50; ++a) {
        ws.activations.append({u"act-%1"_s.arg(a), {}, {},
                               UserListActivation{u"userId"_s, {u"user-%1"_s.arg(a)}}, 1});
    }
    for (int s = 0; s < 20; ++s)
        ws.segments.append({u"seg-%1"_s.arg(s), {}, {}, {ActivationRef{u"act-%1"_s.arg(s)}}, 1});
    int n = 0;
    for (int f = 0; f < 10'000; ++f) {
        Flag flag;
        flag.key = u"flag-%1"_s.arg(f);
        flag.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
        for (const Environment &environment : std::as_const(ws.environments)) {
            EnvironmentConfig config;
            config.on = f % 2 == 0;
            config.offVariation = u"off"_s;
            config.defaultServe.variation = u"off"_s;
            for (int r = 0; r < 4; ++r, ++n) {
                Rule rule;
                if (n % 5 == 0)
                    rule.conditions = {ActivationRef{u"act-%1"_s.arg(n % 50)}};
                else if (n % 7 == 0)
                    rule.conditions = {SegmentActivation{u"seg-%1"_s.arg(n % 20)}};
                else
                    rule.conditions = {UserListActivation{u"userId"_s, {u"u%1"_s.arg(n)}}};
                rule.serve.variation = u"on"_s;
                config.rules.append(rule);
            }
            flag.environments.insert(environment.key, config);
        }
        ws.flags.append(flag);
    }
    return ws;
}

template<typename Work>
void measure(QTextStream &out, const QString &name, int runs, Work work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        work();
    out << Qt::left << qSetFieldWidth(60) << name << qSetFieldWidth(0)
        << QString::number(double(timer.nsecsElapsed()) / 1e6 / runs, 'f', 2) << " ms\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const Workspace ws = largeWorkspace();
    const WorkspaceUses uses(ws);
    out << "act-0 is used by " << uses.flags(LibraryKind::Activation, u"act-0"_s).size() << " flags, seg-0 by "
        << uses.flags(LibraryKind::Segment, u"seg-0"_s).size() << "\n";
    measure(out, u"WorkspaceUses over 10,000 flags × 3 environments × 4 rules"_s, 5,
            [&] { WorkspaceUses again(ws); });
    measure(out, u"behaviourChanges of act-0"_s, 20,
            [&] { (void)uses.behaviourChanges(LibraryKind::Activation, u"act-0"_s); });
    measure(out, u"one check as typed: act-0 edited, laid over, validated"_s, 5, [&] {
        Workspace overlay = ws;
        overlay.activations[0].condition = UserListActivation{u"userId"_s, {u"user-0"_s, u"carol"_s}};
        (void)Validator::validate(libraryCheckContext(overlay, uses.flags(LibraryKind::Activation, u"act-0"_s)));
    });
    measure(out, u"the same check on the whole workspace (Validator::validate)"_s, 2, [&] {
        Workspace overlay = ws;
        overlay.activations[0].condition = UserListActivation{u"userId"_s, {u"user-0"_s, u"carol"_s}};
        (void)Validator::validate(overlay);
    });
    return 0;
}
