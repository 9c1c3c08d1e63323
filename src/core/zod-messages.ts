import { z } from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini carries no messages of its own, so that a bundle pays only for the locale it uses. Every schema
// module imports this one first: a check without a message of ours then says, in English, what it expected.
z.config(en());
