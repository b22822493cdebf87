# A plugin must build, ship and be replaced on its own: no plugin's target may link (directly or
# through other targets) a target defined in another plugin's folder. Code that two plugins share
# belongs in plugins/shared/ (one library per job) or in the SDK (core/). Checked at configure
# time, so a new tangle fails the build where it is made.

# The targets `target` links, one level down: what it links itself and what linking it brings.
# Generator expressions other than $<LINK_ONLY:...> (which static libraries use for their
# private dependencies) name no target this check needs.
function(_inspraak_linked_targets target out)
  set(found "")
  foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
    get_target_property(items ${target} ${property})
    if(NOT items)
      continue()
    endif()
    foreach(item IN LISTS items)
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.+)>$" "\\1" item "${item}")
      if(TARGET "${item}")
        get_target_property(aliased "${item}" ALIASED_TARGET)
        if(aliased)
          set(item ${aliased})
        endif()
        list(APPEND found ${item})
      endif()
    endforeach()
  endforeach()
  list(REMOVE_DUPLICATES found)
  set(${out} ${found} PARENT_SCOPE)
endfunction()

# The plugin folder (plugins/<name>) a target is defined in, or "" for one defined elsewhere
# (core/, plugins/shared/, an imported library).
function(_inspraak_plugin_folder_of target out)
  set(folder "")
  get_target_property(imported ${target} IMPORTED)
  if(NOT imported)
    get_target_property(dir ${target} SOURCE_DIR)
    file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR}/plugins ${dir})
    if(NOT relative MATCHES "^\\.\\." AND NOT relative MATCHES "^shared(/|$)" AND NOT relative STREQUAL "")
      string(REGEX REPLACE "/.*" "" folder "${relative}")
    endif()
  endif()
  set(${out} "${folder}" PARENT_SCOPE)
endfunction()

# Fails the configure step, naming every plugin that links another plugin's target and the path
# of targets through which it does.
function(inspraak_check_plugins_stand_alone)
  get_property(plugins GLOBAL PROPERTY INSPRAAK_PLUGIN_TARGETS)
  set(problems "")
  foreach(plugin IN LISTS plugins)
    _inspraak_plugin_folder_of(${plugin} own)
    set(queue ${plugin})
    set(seen ${plugin})
    set(via_${plugin} ${plugin})
    while(queue)
      list(POP_FRONT queue current)
      _inspraak_linked_targets(${current} next)
      foreach(linked IN LISTS next)
        get_target_property(imported ${linked} IMPORTED)
        if(imported OR linked IN_LIST seen)  # an imported library is outside the project
          continue()
        endif()
        list(APPEND seen ${linked})
        set(via_${linked} "${via_${current}} -> ${linked}")
        _inspraak_plugin_folder_of(${linked} folder)
        if(folder AND NOT folder STREQUAL own)
          string(APPEND problems "\n  ${via_${linked}} (defined in plugins/${folder}/)")
        endif()
        list(APPEND queue ${linked})
      endforeach()
    endwhile()
  endforeach()
  if(problems)
    message(FATAL_ERROR "A plugin links a target defined in another plugin's folder; move the shared "
                        "code into a library under plugins/shared/:${problems}")
  endif()
endfunction()
