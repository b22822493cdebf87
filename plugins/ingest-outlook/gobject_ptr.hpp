// Owning pointers for the GObject-based libgsf objects and GLib errors.
#pragma once

#include <glib-object.h>

#include <memory>

namespace inspraak::ingest::outlook {

struct GObjectUnref {
    void operator()(gpointer object) const {
        if (object != nullptr) g_object_unref(object);
    }
};

// Holds one reference to a GObject (a GsfInput, GsfInfile, GsfOutput, ...).
template <typename T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

// Another reference to the same object.
template <typename T>
GObjectPtr<T> add_ref(const GObjectPtr<T>& object) {
    if (object) g_object_ref(object.get());
    return GObjectPtr<T>(object.get());
}

struct GErrorFree {
    void operator()(GError* error) const {
        if (error != nullptr) g_error_free(error);
    }
};
using GErrorPtr = std::unique_ptr<GError, GErrorFree>;

}  // namespace inspraak::ingest::outlook
