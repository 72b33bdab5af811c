// Sections shown after a meeting has finished (documents, circulation…), registered by their domain.
import type { ComponentType } from 'react';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { DocumentsSection } from '../documents/documents-section';
import { CirculationSection } from '../circulation/circulation-section';

export type FinishedSection = ComponentType<{ record: FamilyRecord; meeting: Meeting; templates: TemplateBundle }>;

export const FINISHED_SECTIONS: FinishedSection[] = [DocumentsSection, CirculationSection];
