/**
 * Quick entry on a phone (issue 19): a fill-up or an odometer reading in a form that fits one
 * screen, reached in two taps from the garage or from the installed app's shortcuts, saved
 * through the logbook like any record (the same access rules and validation).
 */
package com.motovaultpro.quickentry;
