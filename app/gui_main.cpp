// cooc-desk: the GUI composition root. Builds the services once and injects them.
#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return 0;
}
