#pragma once
// How a status looks everywhere in the GUI (table badges, history, later the
// charts and legends): one palette chosen to stay distinguishable for
// colour-blind readers (Okabe-Ito) and in greyscale print (distinct
// lightness, and a hatch where two colours share a grey), always paired with
// the label so colour is never the only cue.
#include "status.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

namespace StatusPresentation {
QColor colour(Status status);
// The fill of chart segments and legend swatches: the colour, hatched for
// partially implemented, whose orange prints the same grey as accepted's blue.
QBrush brush(Status status);
// A small swatch with a status-specific mark, for item views and menus.
QIcon icon(Status status);
}
