#pragma once
// One line about the machine a benchmark ran on, so that numbers from
// different machines are not compared unawares.
#include <QString>

namespace MachineInfo {
// "2 cores, Intel(R) Xeon(R) Processor, 23.4 GiB memory"
QString describe();
}
