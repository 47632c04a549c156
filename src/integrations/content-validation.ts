/**
 * Astro integration that validates all content before a build starts, so a broken
 * file stops the build with one message naming every file and field, and nothing
 * is written as if the build had succeeded.
 */
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../build/content-check.ts';
import { contentDir, validateContent } from '../build/read-content.ts';

/** Validates the content folder; returns the problems as text, or '' when all is well. */
export function validateContentDir(root: string = contentDir()): string {
  return formatProblems(validateContent(root).problems);
}

export default function contentValidation(): AstroIntegration {
  return {
    name: 'foerderfinder:content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const report = validateContentDir();
        if (!report) return;
        const message = `Inhalte fehlerhaft, nichts wurde gebaut:\n${report}`;
        if (command === 'dev') logger.error(message);
        else throw new Error(message);
      },
    },
  };
}
