// One side of the comparison: a box, its GPUs and usable setting, a model, weights, KV and context.
#pragma once

#include <QGroupBox>

class QComboBox;
class QSpinBox;

namespace Headroom {

class Session;
class TokenSpinBox;

// One side of the comparison: a box with its GPU count and usable-memory setting, a model, a weights format, a KV
// precision and its own context when the sides are not linked. It edits the session's compare
// side `index`, and shows what is in force: a linked side's context field shows the shared value.
class SideEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SideEditor)

public:
    SideEditor(int index, Session *session, QWidget *parent = nullptr);

Q_SIGNALS:
    // A value typed here was not taken; `reason` says why, in words.
    void refused(const QString &reason);

private:
    void fillLists();
    void fillUsableSettings(const QString &hardwareId);
    void showSide();
    void commit();

    int m_index;
    Session *m_session;
    QComboBox *m_hardware;
    QSpinBox *m_gpus;
    QComboBox *m_usable; // the box's named usable-memory settings
    QComboBox *m_model;
    QComboBox *m_quant;
    QComboBox *m_kv;
    TokenSpinBox *m_context;
    bool m_updating = false;
};

} // namespace Headroom
