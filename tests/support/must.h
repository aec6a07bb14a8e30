#pragma once

#include "models/result.h"

#include <QtGlobal>

#include <utility>

namespace cooc::test {

// The value, or the test run stops: for setup steps that must not fail.
template<typename T>
T must(Result<T> r)
{
    if (!r)
        qFatal("unexpected error: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().detail));
    return std::move(r).value();
}

} // namespace cooc::test
