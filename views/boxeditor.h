// The box form: add or edit a box and the host computer it names.
#pragma once

#include "hardwarespec.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCheckBox;

namespace Headroom {

class LimitSpinBox;

// Adds or edits one box: memory, bandwidth, backend, unified or not, compute, power and price,
// and for a bare card the host around it (price, RAM size and bandwidth for offload, power).
// Values the user leaves as they were keep their source; typed ones are graded "user".
class BoxEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoxEditor)

public:
    // `original` is the box being edited or duplicated (or a template for a new one); `hosts`
    // the hosts a bare card may name.
    BoxEditor(const HardwareSpec &original, const std::optional<HostSpec> &host, const QList<HostSpec> &hosts,
              QWidget *parent = nullptr);

    // What the form says now; the id is the original's (the caller picks ids).
    [[nodiscard]] HardwareSpec box() const;
    // The host the box names, with the user's values, or nullopt for a complete computer.
    [[nodiscard]] std::optional<HostSpec> host() const;
    // Why the form cannot be accepted yet, in words; empty when it can.
    [[nodiscard]] QString problem() const;

    // A value Headroom could not detect: the form is not accepted until the user types one.
    enum class Field { Memory, Bandwidth, HostRamBandwidth };
    void requireEntry(Field field);

private:
    void showHost(int index);
    void check();
    [[nodiscard]] LimitSpinBox *fieldWidget(Field field) const;

    HardwareSpec m_original;
    QList<HostSpec> m_hosts;
    HostSpec m_newHost; // what "a new host" starts from (a detected computer's RAM)
    QLineEdit *m_name;
    QComboBox *m_vendor;
    QComboBox *m_kind;
    QComboBox *m_backend;
    QSpinBox *m_devices;
    QComboBox *m_interconnect;
    LimitSpinBox *m_memory;
    QCheckBox *m_usableDefault;
    LimitSpinBox *m_usable;
    QComboBox *m_usableSetting; // the box's named settings (unified boxes), or "your value"
    LimitSpinBox *m_bandwidth;
    LimitSpinBox *m_tflops;
    LimitSpinBox *m_loadWatts;
    LimitSpinBox *m_idleWatts;
    LimitSpinBox *m_price;
    QLineEdit *m_source;
    QComboBox *m_hostChoice;
    QGroupBox *m_hostBox;
    QLineEdit *m_hostName;
    LimitSpinBox *m_hostPrice;
    LimitSpinBox *m_hostRam;
    LimitSpinBox *m_hostRamBandwidth;
    LimitSpinBox *m_hostLoadWatts;
    LimitSpinBox *m_hostIdleWatts;
    QList<Field> m_required;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Headroom
